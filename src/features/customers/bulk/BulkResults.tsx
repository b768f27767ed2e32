/** The per-customer outcome of a bulk action: a summary line and the "Results" table. */
import type { ReactNode } from 'react';
import type { BulkResult } from '../../../api/schemas';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { resultsToShow, summarise, type BulkActionId } from './results';
import { useSummaryText } from './summary-text';
import styles from './Bulk.module.css';

/** A select-all can answer with 100,000 rows; the table shows the interesting ones first. */
const MAX_ROWS = 200;

const badge: Record<BulkResult['status'], string> = { ok: 'badge badge-success', skipped: 'badge badge-warning', failed: 'badge badge-danger' };

interface Props {
  action: BulkActionId;
  results: readonly BulkResult[];
  /** Names to fall back on when the API has none (a customer the user may not see). */
  names?: ReadonlyMap<string, string>;
  /** Extra lines under the summary (e.g. "stay selected"). */
  children?: ReactNode;
}

export function BulkResults({ action, results, names, children }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const summaryText = useSummaryText();
  const rows = resultsToShow(results, MAX_ROWS);
  return (
    <>
      <p className={styles.summary}>
        {summaryText(action, summarise(results))}
      </p>
      {children}
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-label={t('bulkx.results')}>
          <thead>
            <tr>
              <th scope="col">{t('bulkx.col.customer')}</th>
              <th scope="col">{t('bulkx.col.result')}</th>
              <th scope="col">{t('bulkx.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.contact_id}>
                <td>{r.contact_name || names?.get(r.contact_id) || r.contact_id}</td>
                <td>
                  <span className={badge[r.status]}>{t(`bulkx.status.${r.status}`)}</span>
                </td>
                <td className={styles.reason}>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {results.length > rows.length && (
        <p className={styles.note}>
          {t('bulkx.moreRows', { shown: formatNumber(rows.length, locale), total: formatNumber(results.length, locale) })}
        </p>
      )}
    </>
  );
}
