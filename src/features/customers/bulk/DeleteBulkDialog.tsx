/**
 * Bulk delete: an alertdialog stating the consequence in numbers, then the results. Customers
 * with transactions are refused one by one (the rest are deleted); "Mark these as inactive
 * instead" is one click away and touches exactly the refused ones.
 */
import { useState } from 'react';
import type { BulkSelection } from '../../../lib/customer-selection';
import { ConfirmDialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { BulkRunDialog } from './BulkRunDialog';
import { QuickBulkRun } from './QuickBulkDialog';
import { summarise } from './results';
import { useBulkRun } from './use-bulk-run';

/** The refused ones, as a selection of their own for the follow-up "mark inactive". */
function refusedSelection(base: BulkSelection, ids: string[]): BulkSelection {
  return { ...base, ids, allMatching: false, count: ids.length };
}

export function DeleteBulkDialog({ context, onOpenChange }: ActionDialogProps<BulkSelection>) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [selection] = useState(context);
  const run = useBulkRun('delete', selection);
  const [phase, setPhase] = useState<'confirm' | 'run' | 'inactive'>('confirm');
  const [refused, setRefused] = useState<BulkSelection | null>(null);
  const close = () => onOpenChange(false);
  const count = formatNumber(selection.count, locale);
  const one = selection.count === 1;

  if (phase === 'confirm') {
    return (
      <ConfirmDialog
        open
        onOpenChange={(o) => !o && close()}
        title={t(one ? 'bulk.delete.title.one' : 'bulk.delete.title', { count })}
        description={t(one ? 'bulk.delete.body.one' : 'bulk.delete.body', { count })}
        confirmLabel={t('bulk.delete.confirm')}
        cancelLabel={t('common.cancel')}
        destructive
        onConfirm={() => {
          setPhase('run');
          run.start({ action: 'delete' });
        }}
      />
    );
  }
  if (phase === 'inactive' && refused) return <QuickBulkRun action="mark_inactive" selection={refused} onClose={close} />;

  const failedIds = run.data ? summarise(run.data.results).failedIds : [];
  return (
    <BulkRunDialog
      title={t('bulk.delete.resultsTitle')}
      action="delete"
      count={selection.count}
      run={run}
      names={selection.names}
      onClose={close}
      onRetry={() => run.start({ action: 'delete' })}
      resultActions={
        failedIds.length > 0 ? (
          <button
            type="button"
            className="btn"
            onClick={() => {
              run.finish();
              setRefused(refusedSelection(selection, failedIds));
              setPhase('inactive');
            }}
          >
            {t('bulk.delete.inactiveInstead')}
          </button>
        ) : undefined
      }
    />
  );
}
