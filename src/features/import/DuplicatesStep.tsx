/** Step 5: what to do with rows whose display name an existing customer already has. */
import { useT } from '../../lib/i18n';
import styles from './Import.module.css';

export type OnDuplicate = 'skip' | 'overwrite';

export function DuplicatesStep({ value, onChange }: { value: OnDuplicate; onChange: (v: OnDuplicate) => void }) {
  const t = useT();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('import.duplicates')}</legend>
      <p className="field-hint">{t('import.duplicates.hint')}</p>
      {(['skip', 'overwrite'] as const).map((v) => (
        <span key={v} className={styles.choice}>
          <label className={styles.choice}>
            <input type="radio" name="import-duplicates" value={v} checked={value === v} onChange={() => onChange(v)} aria-describedby={`import-dup-${v}`} />
            <span>{t(`import.duplicates.${v}`)}</span>
          </label>
          <span id={`import-dup-${v}`} className="field-hint">
            {t(`import.duplicates.${v}.hint`)}
          </span>
        </span>
      ))}
    </fieldset>
  );
}
