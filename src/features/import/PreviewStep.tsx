/** Step 4: how many rows are ready, each invalid row with its reason, and "skip invalid rows". */
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import { invalidRows } from './results';
import type { BuiltRow } from './row-builder';
import { RowsTable } from './RowsTable';
import styles from './Import.module.css';

interface Props {
  built: BuiltRow[];
  skipInvalid: boolean;
  onSkipInvalid: (skip: boolean) => void;
  /** Persons of the contact persons sheet that name no customer of the file. */
  orphanPersons: { count: number; sheet: string } | null;
}

export function PreviewStep({ built, skipInvalid, onSkipInvalid, orphanPersons }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const invalid = invalidRows(built);
  const valid = built.length - invalid.length;
  return (
    <>
      {orphanPersons && orphanPersons.count > 0 && (
        <p className="field-hint">{t('import.persons.orphans', { count: formatNumber(orphanPersons.count, locale), sheet: orphanPersons.sheet })}</p>
      )}
      <p>
        {t('import.preview.counts', {
          total: formatNumber(built.length, locale),
          valid: formatNumber(valid, locale),
          invalid: formatNumber(invalid.length, locale),
        })}
      </p>
      {invalid.length > 0 && (
        <>
          <p className={styles.alert} role="alert">
            {t('import.preview.invalid', { count: formatNumber(invalid.length, locale) })}
          </p>
          <RowsTable label={t('import.preview.invalidTable')} rows={invalid} showStatus={false} />
          <SkipInvalid checked={skipInvalid} onChange={onSkipInvalid} />
        </>
      )}
    </>
  );
}

export function SkipInvalid({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const t = useT();
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{t('import.skipInvalid')}</span>
    </label>
  );
}
