/**
 * An inline editor for one contact person (add or edit), validated before the API call and
 * showing the API's field errors on their fields. Used on the Overview and in Email Customer.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { isApiError } from '../../../api/client';
import { usePersonAction } from '../../../api/queries/contact-persons';
import type { ContactPerson } from '../../../api/schemas';
import { useT, type MessageKey } from '../../../lib/i18n';
import { TextField } from '../../../components/ui/fields';
import {
  apiPersonErrors,
  blankPersonDraft,
  checkPerson,
  draftFromPerson,
  personPayload,
  type PersonDraft,
  type PersonFieldName,
} from './person-form';
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
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : blankPersonDraft()));
  const [errors, setErrors] = useState<Partial<Record<PersonFieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = usePersonAction();

  const submit = async () => {
    const problems = checkPerson(draft, { requireEmail });
    const found = Object.fromEntries(
      Object.entries(problems).map(([k, p]) => [k, t(`act.person.problem.${p}`)]),
    ) as Partial<Record<PersonFieldName, string>>;
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) {
      document.getElementById(`${uid}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const body = personPayload(draft);
    try {
      const result = await save.mutateAsync(
        person
          ? { kind: 'update', contactId, personId: person.contact_person_id, fields: body }
          : { kind: 'add', contactId, fields: body },
      );
      onSaved(result.person);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const byField = apiPersonErrors(err);
      setErrors(byField);
      // A refusal that names no field of this form (portal needs an email, a failure) is said once.
      if (Object.keys(byField).length === 0) setFailure(err.message);
    }
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
            value={draft[name]}
            error={errors[name]}
            onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
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
          {save.isPending ? t('act.saving') : t('act.person.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('act.person.discard')}
        </button>
      </div>
    </div>
  );
}
