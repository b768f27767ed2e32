/** The Email Customer dialog's draft: recipients, subject, body, attachment, and sending it. */
import { useId, useState } from 'react';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../../../api/limits';
import { isApiError } from '../../../api/client';
import { useSendEmail } from '../../../api/queries/contact-email';
import type { Contact } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { textProblem } from '../../../lib/text';
import { TextAreaField, TextField } from '../../../components/ui/fields';
import { PersonEditor } from '../detail/PersonEditor';
import { AttachmentField } from './AttachmentField';
import { RecipientPicker } from './RecipientPicker';
import { initialTo, recipientOptions, toggleAddress } from './recipients';
import { useUnpaidAttachment } from './use-unpaid-attachment';
import styles from './Email.module.css';

type Field = 'to' | 'cc' | 'subject' | 'body';
type List = 'to' | 'cc';

interface Props extends ActionDialogProps<Contact> {
  initialSubject: string;
  initialBody: string;
}

export function EmailForm({ open, onOpenChange, context: c, initialSubject, initialBody }: Props) {
  const t = useT();
  const id = useId();
  const send = useSendEmail();
  const options = recipientOptions(c.contact_persons);
  const [lists, setLists] = useState<Record<List, string[]>>(() => ({ to: initialTo(c.contact_persons), cc: [] }));
  const [subject, setSubject] = useState(initialSubject);
  const [body, setBody] = useState(initialBody);
  const [adding, setAdding] = useState<List | null>(() => (options.length === 0 ? 'to' : null));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const attachment = useUnpaidAttachment(c);

  const check = (): Partial<Record<Field, string>> => {
    const out: Partial<Record<Field, string>> = {};
    if (lists.to.length === 0) out.to = t('act.email.toRequired');
    const subjectProblem = textProblem(subject);
    const bodyProblem = textProblem(body, { multiline: true });
    if (!subject.trim()) out.subject = t('act.email.subjectRequired');
    else if (subjectProblem) out.subject = t(`common.text.${subjectProblem}`);
    else if (subject.length > MAX_SUBJECT_LENGTH) out.subject = t('act.email.tooLong', { max: MAX_SUBJECT_LENGTH });
    if (!body.trim()) out.body = t('act.email.bodyRequired');
    else if (bodyProblem) out.body = t(`common.text.${bodyProblem}`);
    else if (body.length > MAX_MAIL_BODY_LENGTH) out.body = t('act.email.tooLong', { max: MAX_MAIL_BODY_LENGTH });
    return out;
  };

  const submit = async () => {
    const found = check();
    setErrors(found);
    setFailure(null);
    const first = (['to', 'subject', 'body'] as const).find((f) => found[f]);
    if (first) return document.getElementById(first === 'to' ? `${id}-to` : `${id}-${first}`)?.focus();
    const a = attachment.state;
    if (a.status === 'making' || a.status === 'failed') {
      return setFailure(t(a.status === 'making' ? 'act.email.attachWait' : 'act.email.attachBroken'));
    }
    try {
      setPreparing(true);
      const attachments =
        a.status === 'ready' ? [{ file_name: a.file.fileName, content_type: 'application/pdf', content_base64: await a.file.toBase64() }] : [];
      setPreparing(false);
      const message = await send.mutateAsync({
        contactId: c.contact_id,
        input: { to_mail_ids: lists.to, cc_mail_ids: lists.cc, subject, body, attachments },
      });
      toast.success(message);
      onOpenChange(false);
    } catch (err) {
      setPreparing(false);
      // Everything typed stays; the API's field messages go on their fields.
      if (isApiError(err)) {
        setErrors({
          to: err.fieldMessage('to_mail_ids'),
          cc: err.fieldMessage('cc_mail_ids'),
          subject: err.fieldMessage('subject'),
          body: err.fieldMessage('body'),
        });
      }
      setFailure(t('act.email.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  const busy = send.isPending || preparing;
  const count = (n: number, max: number) => t('act.email.count', { n, max });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={t('act.email.title')}
      description={t('act.email.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()}>
            {busy ? t('act.email.sending') : t('act.email.send')}
          </button>
        </>
      }
    >
      {options.length === 0 && <p className="notice">{t('act.email.noRecipients', { name: c.contact_name })}</p>}
      <div className={styles.recipients}>
        {(['to', 'cc'] as const).map((list) => (
          <RecipientPicker
            key={list}
            id={`${id}-${list}`}
            label={t(list === 'to' ? 'act.email.to' : 'act.email.cc')}
            options={options}
            selected={lists[list]}
            error={errors[list]}
            onToggle={(email) => setLists((l) => ({ ...l, [list]: toggleAddress(l[list], email) }))}
            onAddPerson={() => setAdding(list)}
          />
        ))}
      </div>
      {adding && (
        <PersonEditor
          contactId={c.contact_id}
          fields={['first_name', 'last_name', 'email']}
          requireEmail
          title={t(adding === 'to' ? 'act.email.newPersonTo' : 'act.email.newPersonCc')}
          onSaved={(p) => {
            const email = p?.email;
            if (email) setLists((l) => ({ ...l, [adding]: toggleAddress(l[adding].filter((e) => e !== email), email) }));
            toast.success(t('act.person.added', { name: [p?.first_name, p?.last_name].filter(Boolean).join(' ') || email || '' }));
            setAdding(null);
          }}
          onCancel={() => setAdding(null)}
        />
      )}
      <TextField
        id={`${id}-subject`}
        label={t('act.email.subject')}
        value={subject}
        error={errors.subject}
        hint={count(subject.length, MAX_SUBJECT_LENGTH)}
        onChange={(e) => setSubject(e.target.value)}
      />
      <TextAreaField
        id={`${id}-body`}
        label={t('act.email.body')}
        rows={9}
        value={body}
        error={errors.body}
        hint={count(body.length, MAX_MAIL_BODY_LENGTH)}
        onChange={(e) => setBody(e.target.value)}
      />
      <AttachmentField state={attachment.state} onChange={attachment.setChecked} />
      {failure && (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      )}
    </Dialog>
  );
}
