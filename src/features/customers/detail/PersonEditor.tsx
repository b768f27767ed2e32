/**
 * An inline editor for one contact person (add or edit). Values and errors live in
 * react-hook-form: the person's checks (person-form.ts) run before the API call, then the API's
 * field errors land on their fields. Used on the Overview and in Email Customer.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { isApiError } from '../../../api/client';
import { usePersonAction } from '../../../api/queries/contact-persons';
import type { ContactPerson } from '../../../api/schemas';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { flatErrors, flatResolver, type FlatErrors } from '../../../components/forms/form-errors';
import { useT, type MessageKey } from '../../../lib/i18n';
import { TextField } from '../../../components/ui/Fields';
import { blankPersonDraft, checkPerson, draftFromPerson, personFieldFor, personPayload, type PersonDraft, type PersonFieldName } from './person-form';
import styles from './PersonEditor.module.css';

const labelKey: Record<PersonFieldName, MessageKey> = {
  salutation: 'form.salutation',
  first_name: 'form.firstName',
  last_name: 'form.lastName',
  email: 'form.email',
  phone: 'form.workPhone',
  mobile: 'form.mobile',
  designation: 'form.designation',
  department: 'form.department',
};

const allFields: PersonFieldName[] = ['first_name', 'last_name', 'email', 'phone', 'mobile', 'designation', 'department'];

interface Props {
  contactId: string;
  /** The person to edit; absent to add one. */
  person?: ContactPerson;
  fields?: PersonFieldName[];
  requireEmail?: boolean;
  title: string;
  /** Called with the saved person (as the API returned it). */
  onSaved: (person: ContactPerson | null) => void;
  onCancel: () => void;
}

export function PersonEditor({ contactId, person, fields = allFields, requireEmail, title, onSaved, onCancel }: Props) {
  const t = useT();
  const uid = useId();
  const save = usePersonAction();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<PersonDraft>({
    defaultValues: person ? draftFromPerson(person) : blankPersonDraft(),
    // The person's checks, worded here; react-hook-form focuses the first bad field shown.
    resolver: flatResolver((d) => {
      const out: FlatErrors = {};
      for (const [k, p] of Object.entries(checkPerson(d, { requireEmail }))) out[k] = t(`person.problem.${p}`);
      return out;
    }),
    // As before: messages stay until the next attempt.
    reValidateMode: 'onSubmit',
  });
  const errors = flatErrors(formState.errors);

  const saveDraft = async (draft: PersonDraft) => {
    const body = personPayload(draft);
    try {
      const result = await save.mutateAsync(
        person ? { kind: 'update', contactId, personId: person.contact_person_id, fields: body } : { kind: 'add', contactId, fields: body },
      );
      onSaved(result.person);
    } catch (err) {
      if (!isApiError(err)) throw err;
      // Only the fields shown here can show a message.
      const fieldFor = (f: string) => {
        const field = personFieldFor(f);
        return field && fields.includes(field) ? field : null;
      };
      // A refusal that names no field of this form (portal needs an email, a failure) is said once.
      if (applyApiErrors(err, setError, { fieldFor }).length === 0) setFailure(err.message);
    }
  };

  const submit = () => {
    setFailure(null);
    return handleSubmit(saveDraft)();
  };

  // Enter submits this small form without submitting a surrounding one (it is not a <form>:
  // it can sit inside the email dialog's form).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <div role="group" aria-labelledby={`${uid}-title`} className={styles.editor} onKeyDown={onKeyDown}>
      <h3 id={`${uid}-title`} className={styles.title}>
        {title}
      </h3>
      <div className={styles.grid}>
        {fields.map((name, i) => (
          <TextField
            key={name}
            // The editor opens on request: start typing in it.
            autoFocus={i === 0}
            id={`${uid}-${name}`}
            label={t(labelKey[name])}
            type={name === 'email' ? 'email' : 'text'}
            autoComplete="off"
            error={errors[name]}
            {...register(name)}
          />
        ))}
      </div>
      {failure && (
        <p role="alert" className={styles.alert}>
          {failure}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={save.isPending} onClick={() => void submit()}>
          {save.isPending ? t('common.saving') : t('person.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.discard')}
        </button>
      </div>
    </div>
  );
}
