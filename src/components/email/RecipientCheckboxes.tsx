/**
 * A recipients picker ("To", "CC") as a `group` of checkboxes, one per address allowed, each
 * named "<name> <email>"; and, when a person can be added, a button "Add contact person".
 */
import { useT } from '../../lib/i18n';
import { hasAddress, type RecipientPickerProps } from './recipients';
import styles from './Email.module.css';

export function RecipientCheckboxes({ id, label, options, selected, onToggle, onAddPerson, error }: RecipientPickerProps) {
  const t = useT();
  return (
    <fieldset id={id} className={styles.group} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>{label}</legend>
      {options.map((o) => (
        <label key={o.email} className={styles.groupOption}>
          <input type="checkbox" checked={hasAddress(selected, o.email)} onChange={() => onToggle(o.email)} />
          {o.name ? t('statement.email.person', { name: o.name, email: o.email }) : o.email}
        </label>
      ))}
      {onAddPerson && (
        <button type="button" className="btn btn-ghost" onClick={onAddPerson}>
          {t('person.add')}
        </button>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
