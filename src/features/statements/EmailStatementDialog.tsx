/**
 * "Email Statement": To and CC from the customer's contact persons only, subject and body
 * prefilled from the customer's statement email template, the statement PDF attached. A failed
 * send keeps the draft open with the reason.
 */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Contact } from '../../api/schemas';
import { Dialog } from '../../components/ui/Dialog';
import { formatDate } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { DateRange } from '../../lib/periods';
import { statementQueries } from '../../api/queries/statements';
import { EmailStatementForm, FORM_ID } from './EmailStatementForm';
import type { StatementPdf } from './use-statement-pdf';

interface Props {
  contact: Contact;
  range: DateRange;
  makePdf: () => Promise<StatementPdf>;
  onOpenChange: (open: boolean) => void;
}

export function EmailStatementDialog({ contact, range, makePdf, onOpenChange }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const mail = useQuery(statementQueries.mail(contact.contact_id, range));
  const [pdf, setPdf] = useState<StatementPdf | null>(null);
  const [pdfError, setPdfError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    let live = true;
    makePdf().then(
      (p) => live && setPdf(p),
      (err: unknown) => live && setPdfError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [makePdf]);

  const noRecipients = mail.data && mail.data.to_contacts.length === 0;
  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      wide
      title={t('stmt.email.title')}
      description={t('stmt.email.description', { start: formatDate(range.start, locale), end: formatDate(range.end, locale) })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={FORM_ID} className="btn btn-primary" disabled={!mail.data || !pdf || sending || !!noRecipients} aria-busy={sending || undefined}>
            {sending ? t('stmt.email.sending') : t('stmt.email.send')}
          </button>
        </>
      }
    >
      {mail.isPending && <p role="status">{t('stmt.email.loading')}</p>}
      {mail.isError && <p role="alert">{t('stmt.email.loadFailed', { message: mail.error.message })}</p>}
      {pdfError && <p role="alert">{t('stmt.pdfFailed', { message: pdfError })}</p>}
      {noRecipients && <p role="alert">{t('stmt.email.noRecipients')}</p>}
      {mail.data && (
        <EmailStatementForm
          contactId={contact.contact_id}
          content={mail.data}
          pdf={pdf}
          fileName={pdf?.fileName ?? mail.data.file_name}
          onSendingChange={setSending}
          onSent={() => onOpenChange(false)}
        />
      )}
    </Dialog>
  );
}
