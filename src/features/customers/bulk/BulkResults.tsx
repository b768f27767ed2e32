/** The per-customer outcome of a bulk action: a summary line and the "Results" table. */
import type { ReactNode } from 'react';
import type { BulkResult } from '../../../api/schemas';
import { ResultsTable } from '../../../components/ui/ResultsTable';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { resultsToShow, summarise, type BulkActionId } from './results';
import { useSummaryText } from './summary-text';
import styles from './Bulk.module.css';

/** A select-all can answer with 100,000 rows; the table shows the interesting ones first. */
const MAX_ROWS = 200;

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
      <p className={styles.summary}>{summaryText(action, summarise(results))}</p>
      {children}
      <ResultsTable
        label={t('bulk.results')}
        columns={{ customer: t('bulk.col.customer'), status: t('bulk.col.result'), detail: t('bulk.col.reason') }}
        rows={rows.map((r) => ({
          id: r.contact_id,
          name: r.contact_name || names?.get(r.contact_id) || r.contact_id,
          status: r.status,
          statusText: t(`bulk.status.${r.status}`),
          detail: r.message,
        }))}
        // A plain cell: e2e/pages/bulk.ts finds a result's row by its customer cell.
        nameHeadsRow={false}
      />
      {results.length > rows.length && (
        <p className={styles.note}>{t('bulk.moreRows', { shown: formatNumber(rows.length, locale), total: formatNumber(results.length, locale) })}</p>
      )}
    </>
  );
}
