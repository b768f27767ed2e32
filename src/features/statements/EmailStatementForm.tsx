/** The fields of Email Statement, started from the template's content; validates like the API. */
import { useState, type FormEvent } from 'react';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../../api/limits';
import { useQueryClient } from '@tanstack/react-query';
import { emailInputSchema, type StatementMailContent } from '../../api/schemas';
import { toast } from '../../components/ui/toast-store';
import { useT } from '../../lib/i18n';
import { AttachmentChip } from './AttachmentChip';
import { invalidateAfterSend, sendStatementEmail } from '../../api/queries/statements';
import { RecipientGroup } from './RecipientGroup';
import type { StatementPdf } from './use-statement-pdf';

export const FORM_ID = 'stmt-email-form';

interface Props {
  contactId: string;
  content: StatementMailContent;
  pdf: StatementPdf | null;
  fileName: string;
  onSendingChange: (sending: boolean) => void;
  onSent: () => void;
}

type Errors = Partial<Record<'to_mail_ids' | 'cc_mail_ids' | 'subject' | 'body', string>>;

export function EmailStatementForm({ contactId, content, pdf, fileName, onSendingChange, onSent }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const [to, setTo] = useState(() => content.to_contacts.filter((p) => p.selected).map((p) => p.email));
  const [cc, setCc] = useState<string[]>([]);
  const [subject, setSubject] = useState(content.subject);
  const [body, setBody] = useState(content.body);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pdf) return;
    const { blobToBase64 } = await import('../../lib/pdf/client');
    const parsed = emailInputSchema.safeParse({ to_mail_ids: to, cc_mail_ids: cc, subject, body });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'to_mail_ids' || field === 'cc_mail_ids' || field === 'subject' || field === 'body') next[field] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setFailure(null);
    onSendingChange(true);
    try {
      const content_base64 = await blobToBase64(pdf.blob);
      const message = await sendStatementEmail(contactId, {
        ...parsed.data,
        attachments: [{ file_name: pdf.fileName, content_type: 'application/pdf', content_base64 }],
      });
      invalidateAfterSend(qc, [contactId]);
      toast.success(message);
      onSent();
    } catch (err) {
      setFailure(t('stmt.email.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      onSendingChange(false);
    }
  };

  const invalid = (field: keyof Errors) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `stmt-${field}-error` : undefined,
  });

  return (
    <form id={FORM_ID} className="stack" onSubmit={(e) => void submit(e)} noValidate>
      {failure && <p role="alert" className="field-error">{failure}</p>}
      <RecipientGroup id="stmt-to" legend={t('stmt.email.to')} options={content.to_contacts} value={to} onChange={setTo} error={errors.to_mail_ids} />
      <RecipientGroup id="stmt-cc" legend={t('stmt.email.cc')} options={content.to_contacts} value={cc} onChange={setCc} error={errors.cc_mail_ids} />
      <p className="field-hint">{t('stmt.email.recipientsHint')}</p>
      <div className="field">
        <label htmlFor="stmt-subject">{t('stmt.email.subject')}</label>
        <input id="stmt-subject" className="input" value={subject} maxLength={MAX_SUBJECT_LENGTH} onChange={(e) => setSubject(e.target.value)} {...invalid('subject')} />
        {errors.subject && <p id="stmt-subject-error" className="field-error">{errors.subject}</p>}
      </div>
      <div className="field">
        <label htmlFor="stmt-body">{t('stmt.email.body')}</label>
        <textarea id="stmt-body" className="textarea" rows={8} value={body} maxLength={MAX_MAIL_BODY_LENGTH} onChange={(e) => setBody(e.target.value)} {...invalid('body')} />
        {errors.body && <p id="stmt-body-error" className="field-error">{errors.body}</p>}
      </div>
      <div className="field">
        <span className="label">{t('stmt.email.attachment')}</span>
        <AttachmentChip fileName={fileName} blob={pdf?.blob ?? null} />
      </div>
    </form>
  );
}
