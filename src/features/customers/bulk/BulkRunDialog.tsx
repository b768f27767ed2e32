/**
 * The dialog of a running or finished bulk action: progress while the call runs, then the
 * results (or what went wrong, with everything unchanged), and Close.
 */
import type { ReactNode } from 'react';
import { Dialog } from '../../../components/ui/Dialog';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { BulkProgress } from './BulkProgress';
import { BulkResults } from './BulkResults';
import { summarise, type BulkActionId } from './results';
import type { BulkRun } from './use-bulk-run';
import styles from './Bulk.module.css';

interface Props {
  title: string;
  action: BulkActionId;
  count: number;
  run: BulkRun;
  names?: ReadonlyMap<string, string>;
  onClose: () => void;
  /** Shown with the results (e.g. "Mark these as inactive instead"). */
  resultActions?: ReactNode;
  /** Shown under the summary (e.g. why customers were skipped). */
  resultNote?: ReactNode;
  onRetry?: () => void;
}

export function BulkRunDialog({ title, action, count, run, names, onClose, resultActions, resultNote, onRetry }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const n = formatNumber(count, locale);
  const failed = run.data ? summarise(run.data.results).failed : 0;
  return (
    <Dialog
      open
      onOpenChange={(o) => !o && onClose()}
      title={title}
      wide={run.status === 'success'}
      footer={
        <>
          {run.status === 'error' && onRetry && (
            <button type="button" className="btn" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )}
          <button type="button" className={`btn ${run.status === 'success' ? 'btn-primary' : ''}`} onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      {(run.status === 'pending' || run.status === 'idle') && (
        <>
          <BulkProgress label={t(action === 'delete' ? 'bulk.progress.delete' : 'bulk.progress', { count: n })} />
          <p className={styles.note}>{t('bulk.progressHint')}</p>
        </>
      )}
      {run.status === 'error' && (
        <p role="alert" className={styles.error}>
          {t('bulk.error', { message: run.error?.message ?? '' })}
        </p>
      )}
      {run.status === 'success' && run.data && (
        <BulkResults action={action} results={run.data.results} names={names}>
          {resultNote}
          {failed > 0 && (
            <p className={styles.note}>{t(failed === 1 ? 'bulk.keptSelected.one' : 'bulk.keptSelected.other', { count: formatNumber(failed, locale) })}</p>
          )}
          {resultActions && <div className={styles.actions}>{resultActions}</div>}
        </BulkResults>
      )}
    </Dialog>
  );
}
