/** Rows with their outcome: the invalid rows of the preview, the results after import. */
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { ResultRow } from './results';
import styles from './Import.module.css';

/** More than this many rows are summarised, not drawn (a 10,000-row table helps nobody). */
const MAX_SHOWN = 500;

export function RowsTable({ label, rows, showStatus }: { label: string; rows: ResultRow[]; showStatus: boolean }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const shown = rows.slice(0, MAX_SHOWN);
  return (
    <>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{t('import.col.row')}</th>
              <th scope="col">{t('import.col.name')}</th>
              {showStatus && <th scope="col">{t('import.col.status')}</th>}
              <th scope="col">{t('import.col.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.line}-${r.status}`}>
                <td className="num">{r.line}</td>
                <td>{r.name || t('import.noName')}</td>
                {showStatus && <td>{t(`import.status.${r.status}`)}</td>}
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > MAX_SHOWN && (
        <p className="field-hint">{t('import.moreRows', { shown: formatNumber(MAX_SHOWN, locale), total: formatNumber(rows.length, locale) })}</p>
      )}
    </>
  );
}
