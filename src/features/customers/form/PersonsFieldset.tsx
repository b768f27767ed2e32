import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { MAX_CONTACT_PERSONS } from '../../../api/limits';
import { useT } from '../../../lib/i18n';
import { TextField } from '../../../components/ui/Fields';
import { blankPerson, type FormErrors, type FormValues } from './form-values';
import styles from './CustomerForm.module.css';

interface Props {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errors: FormErrors;
}

const personFields = ['salutation', 'first_name', 'last_name', 'email', 'phone', 'mobile', 'designation', 'department'] as const;
const labelKey = {
  salutation: 'form.salutation',
  first_name: 'form.firstName',
  last_name: 'form.lastName',
  email: 'form.email',
  phone: 'form.workPhone',
  mobile: 'form.mobile',
  designation: 'form.designation',
  department: 'form.department',
} as const;

/** The other contact persons (the primary one is the Primary Contact above). */
export function PersonsFieldset({ control, register, errors }: Props) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'persons' });
  // The primary contact above is one of the customer's persons too.
  const full = fields.length + 1 >= MAX_CONTACT_PERSONS;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('form.persons')}</legend>
      <p className="field-hint">{t('form.personsHint')}</p>
      {fields.map((f, i) => (
        <fieldset key={f.id} className={styles.person}>
          <legend>{t('form.person', { n: i + 1 })}</legend>
          <div className={styles.grid4}>
            {personFields.map((name) => (
              <TextField
                key={name}
                id={`persons-${i}-${name}`}
                label={t(labelKey[name])}
                type={name === 'email' ? 'email' : 'text'}
                error={errors[`persons.${i}.${name}`]}
                {...register(`persons.${i}.${name}`)}
              />
            ))}
          </div>
          <button type="button" className="btn btn-ghost" onClick={() => remove(i)}>
            {t('form.removePerson', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div>
        <button type="button" className="btn" disabled={full} aria-describedby={full ? 'persons-limit' : undefined} onClick={() => append(blankPerson())}>
          + {t('form.addPerson')}
        </button>
        {full && (
          <p id="persons-limit" className="field-hint">
            {t('form.personsLimit', { max: MAX_CONTACT_PERSONS })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
