/** Step 6: "<N> created", "<N> updated", "<N> overwritten", "<N> skipped", "<N> invalid", and every row. */
import { Link } from 'react-router';
import type { ImportSummary } from '../../api/schemas';
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { ResultRow } from './results';
import { RowsTable } from './RowsTable';
import styles from './Import.module.css';

interface Props {
  message: string;
  summary: ImportSummary;
  rows: ResultRow[];
  /** The selections were to be saved and could not be (the import itself went through). */
  saveError?: string | null;
  onAgain: () => void;
}

export function ResultStep({ message, summary, rows, saveError, onAgain }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return (
    <>
      <p role="status">{message}</p>
      {saveError && (
        <p className={styles.notice} role="alert">
          {saveError}
        </p>
      )}
      <ul className={styles.summary}>
        {(['created', 'updated', 'overwritten', 'skipped', 'invalid'] as const).map((k) => (
          <li key={k}>{t(`import.summary.${k}`, { count: formatNumber(summary[k], locale) })}</li>
        ))}
      </ul>
      <RowsTable label={t('import.results')} rows={rows} showStatus />
      <div className={styles.actions}>
        <Link to="/customers" className="btn btn-primary">
          {t('import.toList')}
        </Link>
        <button type="button" className="btn" onClick={onAgain}>
          {t('import.again')}
        </button>
      </div>
    </>
  );
}
