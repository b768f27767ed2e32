/**
 * The composer's form, "the house way": values and errors in react-hook-form, checked by the
 * contract's `emailInputSchema` (email-values.ts) through `flatResolver`, the API's refusals put
 * on their fields by `applyApiErrors`, anything else said in one alert.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../../api/limits';
import { errorText } from '../../lib/error-text';
import { useT } from '../../lib/i18n';
import { applyApiErrors } from '../forms/api-errors';
import { flatErrors, flatResolver } from '../forms/form-errors';
import { TextAreaField, TextField } from '../ui/Fields';
import { toast } from '../ui/toast-store';
import { ComposerAlert } from './ComposerAlert';
import { emailFieldFor, emailFields, emailProblems, type EmailDraft, type EmailValues } from './email-values';
import { RecipientCheckboxes } from './RecipientCheckboxes';
import { RecipientListbox } from './RecipientListbox';
import { distinctAddresses, toggleAddress, withAddress, type RecipientList, type RecipientOption } from './recipients';
import styles from './Email.module.css';

/** What the "add a person" slot is given: which list the person joins, and how to finish. */
export interface AddPersonSlot {
  list: RecipientList;
  /** Close the slot; with an address, put it on the list. */
  done: (email?: string) => void;
}

export interface ComposerFormProps {
  formId: string;
  draft: EmailDraft;
  /** The addresses To and CC may hold (the API refuses any other). */
  recipients: RecipientOption[];
  /** How To and CC pick from them: a listbox, or a group of checkboxes. */
  picker: 'listbox' | 'checkboxes';
  /** Under To and CC: who can receive it. */
  recipientsHint?: string;
  /** Under Body: the attachment field or chip. */
  attachment?: ReactNode;
  /** A way to add a person from the pickers ("Add contact person"); opens on To when there is no one to pick. */
  addPerson?: (slot: AddPersonSlot) => ReactNode;
  /** Why Send cannot go now, said instead of sending (an optional attachment still being made). */
  blockedReason?: string | null;
  /** Post the mail (the feature adds its attachments); resolves with the message for the toast. */
  send: (values: EmailValues) => Promise<string>;
  /** The alert's sentence for a failed send, around the reason. */
  failedText: (reason: string) => string;
  onSendingChange: (sending: boolean) => void;
  onSent: () => void;
}

const listField = { to: 'to_mail_ids', cc: 'cc_mail_ids' } as const;
const pickers = { listbox: RecipientListbox, checkboxes: RecipientCheckboxes };

export function ComposerForm(p: ComposerFormProps) {
  const t = useT();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { register, control, handleSubmit, setValue, getValues, setError, formState } = useForm<EmailValues>({
    defaultValues: { to_mail_ids: p.draft.to, cc_mail_ids: [], subject: p.draft.subject, body: p.draft.body },
    resolver: flatResolver((v) => emailProblems(v, t)),
    shouldFocusError: false,
  });
  const [subject, body] = useWatch({ control, name: ['subject', 'body'] });
  const errors = flatErrors(formState.errors);
  const options = distinctAddresses(p.recipients);
  const Picker = pickers[p.picker];
  const [adding, setAdding] = useState<RecipientList | null>(() => (p.addPerson && p.recipients.length === 0 ? 'to' : null));
  const [failure, setFailure] = useState<string | null>(null);

  // The fields may appear after the dialog opened (the draft loads first): start in them then.
  useEffect(() => {
    const form = formRef.current;
    if (form && !form.contains(document.activeElement)) form.querySelector<HTMLElement>('[tabindex="0"], input, textarea')?.focus();
  }, []);

  const fieldId = (f: keyof EmailValues) => `${id}-${f}`;

  const submit = handleSubmit(
    async (values) => {
      setFailure(null);
      if (p.blockedReason) return setFailure(p.blockedReason);
      p.onSendingChange(true);
      try {
        toast.success(await p.send(values));
        p.onSent();
      } catch (err) {
        // Everything typed stays; the API's field messages go on their fields.
        applyApiErrors(err, setError, { fieldFor: emailFieldFor });
        setFailure(p.failedText(errorText(err)));
      } finally {
        p.onSendingChange(false);
      }
    },
    (found) => {
      setFailure(null);
      const first = emailFields.find((f) => found[f]);
      if (first) document.getElementById(fieldId(first))?.focus();
    },
  );

  const addTo = (list: RecipientList) => (email?: string) => {
    if (email) setValue(listField[list], withAddress(getValues(listField[list]), email), { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setAdding(null);
  };

  const count = (n: number, max: number) => t('email.count', { n, max });
  return (
    <form ref={formRef} id={p.formId} className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <div className={styles.recipients}>
        {(['to', 'cc'] as const).map((list) => (
          <Controller
            key={list}
            control={control}
            name={listField[list]}
            render={({ field }) => (
              <Picker
                id={fieldId(field.name)}
                label={t(list === 'to' ? 'email.to' : 'email.cc')}
                options={options}
                selected={field.value}
                error={errors[field.name]}
                onToggle={(email) => field.onChange(toggleAddress(field.value, email))}
                onAddPerson={p.addPerson ? () => setAdding(list) : undefined}
              />
            )}
          />
        ))}
      </div>
      {p.recipientsHint && <p className="field-hint">{p.recipientsHint}</p>}
      {adding && p.addPerson?.({ list: adding, done: addTo(adding) })}
      <TextField
        id={fieldId('subject')}
        label={t('email.subject')}
        error={errors.subject}
        hint={count(subject.length, MAX_SUBJECT_LENGTH)}
        {...register('subject')}
      />
      <TextAreaField
        id={fieldId('body')}
        label={t('email.body')}
        rows={9}
        error={errors.body}
        hint={count(body.length, MAX_MAIL_BODY_LENGTH)}
        {...register('body')}
      />
      {p.attachment}
      {failure && <ComposerAlert>{failure}</ComposerAlert>}
    </form>
  );
}
