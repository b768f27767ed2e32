/** Step 5: how a row finds an existing customer (the match key), and what a match does. */
import type { ImportDuplicateAction } from '../../api/schemas';
import { useT } from '../../lib/i18n';
import styles from './Import.module.css';

export type OnDuplicate = ImportDuplicateAction;

export interface MatchOption {
  value: string;
  label: string;
}

interface Props {
  matchBy: string;
  matchOptions: MatchOption[];
  onMatchBy: (v: string) => void;
  value: OnDuplicate;
  onChange: (v: OnDuplicate) => void;
}

export function DuplicatesStep({ matchBy, matchOptions, onMatchBy, value, onChange }: Props) {
  const t = useT();
  return (
    <>
      <fieldset className={styles.fieldset} aria-describedby="import-match-hint">
        <legend>{t('import.match')}</legend>
        <p id="import-match-hint" className="field-hint">
          {t('import.match.hint')}
        </p>
        <span className="choices">
          {matchOptions.map((o) => (
            <label key={o.value} className="choice">
              <input type="radio" name="import-match" value={o.value} checked={matchBy === o.value} onChange={() => onMatchBy(o.value)} />
              <span>{o.label}</span>
            </label>
          ))}
        </span>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t('import.duplicates')}</legend>
        <p className="field-hint">{t('import.duplicates.hint')}</p>
        {(['skip', 'overwrite', 'update'] as const).map((v) => (
          <span key={v} className="choice">
            <label className="choice">
              <input type="radio" name="import-duplicates" value={v} checked={value === v} onChange={() => onChange(v)} aria-describedby={`import-dup-${v}`} />
              <span>{t(`import.duplicates.${v}`)}</span>
            </label>
            <span id={`import-dup-${v}`} className="field-hint">
              {t(`import.duplicates.${v}.hint`)}
            </span>
          </span>
        ))}
      </fieldset>
    </>
  );
}
