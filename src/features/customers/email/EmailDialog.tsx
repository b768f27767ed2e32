/**
 * Email Customer: To/CC from the customer's contact persons (or a person added right here),
 * subject and body prefilled from the customer's invoice email template, an optional unpaid
 * invoices PDF. The shared composer does the form; this says what is particular to a customer.
 */
import type { ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useSendEmail } from '../../../api/queries/contact-email';
import { useClock } from '../../../api/queries/today';
import { referenceQueries } from '../../../api/queries/reference';
import type { Contact } from '../../../api/schemas';
import { ComposerAlert } from '../../../components/email/ComposerAlert';
import { EmailComposer, type AddPersonSlot, type EmailDraft, type EmailValues } from '../../../components/email/EmailComposer';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { errorText } from '../../../lib/error-text';
import { useT } from '../../../lib/i18n';
import { periodRange } from '../../../lib/periods';
import { PersonEditor } from '../detail/PersonEditor';
import { resolveSlot, templateSlots } from '../../../api/template-slots';
import { AttachmentField } from './AttachmentField';
import { draftFromTemplate } from './placeholders';
import { initialTo, recipientOptions } from './recipients';
import { useUnpaidAttachment } from './use-unpaid-attachment';

const invoiceEmailSlot = templateSlots.find((s) => s.key === 'invoice_email_template_id') ?? templateSlots[1];

export function EmailDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const [templates, prefs] = useQueries({ queries: [referenceQueries.templates(), referenceQueries.preferences()] });
  const loadError = templates.error ?? prefs.error;
  const mutation = useSendEmail();
  const attachment = useUnpaidAttachment(c);
  const options = recipientOptions(c.contact_persons);
  const clock = useClock();

  let draft: EmailDraft | undefined;
  if (templates.data && prefs.data && clock.ready) {
    // %StartDate%–%EndDate% stand for this month, as on a statement's default period.
    const month = periodRange('this_month', clock.today);
    const filled = draftFromTemplate(resolveSlot(templates.data, invoiceEmailSlot, c.default_templates.invoice_email_template_id), {
      contact: c,
      orgName: prefs.data.org_name,
      startDate: month.start,
      endDate: month.end,
    });
    draft = { to: initialTo(c.contact_persons), ...filled };
  }

  const a = attachment.state;
  const send = async (values: EmailValues) => {
    const attachments = a.status === 'ready' ? [{ file_name: a.file.fileName, content_type: 'application/pdf', content_base64: await a.file.toBase64() }] : [];
    return mutation.mutateAsync({ contactId: c.contact_id, input: { ...values, attachments } });
  };

  const addPerson = ({ list, done }: AddPersonSlot) => (
    <PersonEditor
      contactId={c.contact_id}
      fields={['first_name', 'last_name', 'email']}
      requireEmail
      title={t(list === 'to' ? 'email.newPersonTo' : 'email.newPersonCc')}
      onSaved={(p) => {
        const email = p?.email;
        toast.success(t('person.added', { name: [p?.first_name, p?.last_name].filter(Boolean).join(' ') || email || '' }));
        done(email);
      }}
      onCancel={() => done()}
    />
  );

  let notice: ReactNode = null;
  if (!draft) {
    notice = loadError ? <ComposerAlert>{t('email.loadFailed', { message: errorText(loadError) })}</ComposerAlert> : <p role="status">{t('app.loading')}</p>;
  } else if (options.length === 0) {
    notice = <p className="notice">{t('email.noRecipients', { name: c.contact_name })}</p>;
  }

  return (
    <EmailComposer
      open={open}
      onOpenChange={onOpenChange}
      title={t('email.title')}
      description={t('email.description', { name: c.contact_name })}
      notice={notice}
      draft={draft}
      recipients={options}
      picker="listbox"
      addPerson={addPerson}
      attachment={<AttachmentField state={a} onChange={attachment.setChecked} />}
      blockedReason={a.status === 'making' ? t('email.attachWait') : a.status === 'failed' ? t('email.attachBroken') : null}
      send={send}
      failedText={(message) => t('email.failed', { message })}
    />
  );
}
