/**
 * "Email Statement": To and CC from the customer's contact persons only, subject and body
 * prefilled from the customer's statement email template, the statement PDF attached. The shared
 * composer does the form; this brings the statement's draft, its PDF and how it is sent.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../api/schemas';
import { invalidateAfterSend, sendStatementEmail, statementQueries } from '../../api/queries/statements';
import { ComposerAlert } from '../../components/email/ComposerAlert';
import { EmailComposer, type EmailValues } from '../../components/email/EmailComposer';
import { errorText } from '../../lib/error-text';
import { formatDate } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { DateRange } from '../../lib/periods';
import { AttachmentChip } from './AttachmentChip';
import type { StatementPdf } from './use-statement-pdf';

interface Props {
  contact: Contact;
  range: DateRange;
  makePdf: () => Promise<StatementPdf>;
  onOpenChange: (open: boolean) => void;
}

export function EmailStatementDialog({ contact, range, makePdf, onOpenChange }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const locale = useLocaleStore((s) => s.locale);
  const mail = useQuery(statementQueries.mail(contact.contact_id, range));
  const [pdf, setPdf] = useState<StatementPdf | null>(null);
  const [pdfError, setPdfError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    makePdf().then(
      (p) => live && setPdf(p),
      (err: unknown) => live && setPdfError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [makePdf]);

  const content = mail.data;
  const noRecipients = content?.to_contacts.length === 0;
  const fileName = pdf?.fileName ?? content?.file_name ?? '';

  const send = async (values: EmailValues) => {
    // Send waits for the PDF (sendDisabled), so it is there.
    if (!pdf) throw new Error(t('statement.email.attachmentMaking', { name: fileName }));
    const { blobToBase64 } = await import('../../lib/pdf/client');
    const content_base64 = await blobToBase64(pdf.blob);
    const message = await sendStatementEmail(contact.contact_id, {
      ...values,
      attachments: [{ file_name: pdf.fileName, content_type: 'application/pdf', content_base64 }],
    });
    invalidateAfterSend(qc, [contact.contact_id]);
    return message;
  };

  const notice: ReactNode = (
    <>
      {mail.isPending && <p role="status">{t('statement.email.loading')}</p>}
      {mail.isError && <ComposerAlert>{t('statement.email.loadFailed', { message: errorText(mail.error) })}</ComposerAlert>}
      {pdfError && <ComposerAlert>{t('statement.pdfFailed', { message: pdfError })}</ComposerAlert>}
      {noRecipients && <ComposerAlert>{t('statement.email.noRecipients')}</ComposerAlert>}
    </>
  );

  return (
    <EmailComposer
      open
      onOpenChange={onOpenChange}
      title={t('statement.email.title')}
      description={t('statement.email.description', { start: formatDate(range.start, locale), end: formatDate(range.end, locale) })}
      notice={notice}
      draft={content && { to: content.to_contacts.filter((p) => p.selected).map((p) => p.email), subject: content.subject, body: content.body }}
      recipients={content?.to_contacts ?? []}
      picker="checkboxes"
      recipientsHint={t('statement.email.recipientsHint')}
      attachment={
        <div className="field">
          <span className="label">{t('statement.email.attachment')}</span>
          <AttachmentChip fileName={fileName} blob={pdf?.blob ?? null} />
        </div>
      }
      sendDisabled={!pdf || noRecipients}
      send={send}
      failedText={(message) => t('statement.email.failed', { message })}
    />
  );
}
