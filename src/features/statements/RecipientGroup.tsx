/** A recipients field: one checkbox per contact person with an email (the only addresses allowed). */
import type { StatementMailContent } from '../../api/schemas';
import { useT } from '../../lib/i18n';
import styles from './Statements.module.css';

interface Props {
  id: string;
  legend: string;
  options: StatementMailContent['to_contacts'];
  value: string[];
  onChange: (emails: string[]) => void;
  error?: string;
}

export function RecipientGroup({ id, legend, options, value, onChange, error }: Props) {
  const t = useT();
  const toggle = (email: string, on: boolean) => onChange(on ? [...value, email] : value.filter((e) => e !== email));
  return (
    <fieldset className={styles.recipients} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((p) => (
        <label key={p.contact_person_id} className={styles.recipient}>
          <input type="checkbox" checked={value.includes(p.email)} onChange={(e) => toggle(p.email, e.target.checked)} />
          {t('stmt.email.person', { name: p.name, email: p.email })}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
