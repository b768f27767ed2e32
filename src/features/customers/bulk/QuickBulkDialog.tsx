/**
 * Bulk actions that need no decision beyond the menu click — Enable Portal, Mark as Active,
 * Mark as Inactive (undoable from the toast): they start at once and end with the results.
 */
import { useEffect, useRef, useState } from 'react';
import type { BulkSelection } from '../../../lib/customer-selection';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';
import { BulkRunDialog } from './BulkRunDialog';
import { useBulkRun } from './use-bulk-run';
import styles from './Bulk.module.css';

type QuickAction = 'enable_portal' | 'mark_active' | 'mark_inactive';

const titles = {
  enable_portal: 'bulk.enablePortal',
  mark_active: 'bulk.markActive',
  mark_inactive: 'bulk.markInactive',
} as const;

/** The API's reason for a customer skipped because it has no email address. */
const NO_EMAIL = 'No email address';

interface RunProps {
  action: QuickAction;
  /** The selection as it was when the action was chosen. */
  selection: BulkSelection;
  onClose: () => void;
}

/** Starts the action once when shown, then shows its results. */
export function QuickBulkRun({ action, selection, onClose }: RunProps) {
  const t = useT();
  const run = useBulkRun(action, selection);
  const started = useRef(false);
  const { start } = run;
  useEffect(() => {
    // Once per opening (StrictMode runs effects twice in development).
    if (started.current) return;
    started.current = true;
    start({ action });
  }, [start, action]);

  const noEmail = run.data?.results.filter((r) => r.status === 'skipped' && r.message.startsWith(NO_EMAIL)).length ?? 0;
  return (
    <BulkRunDialog
      title={t(titles[action])}
      action={action}
      count={selection.count}
      run={run}
      names={selection.names}
      onClose={onClose}
      onRetry={() => start({ action })}
      resultActions={
        run.undo ? (
          <button type="button" className="btn" disabled={run.undone} onClick={run.undo}>
            {run.undone ? t('bulk.undone') : t('common.undo')}
          </button>
        ) : undefined
      }
      resultNote={
        action === 'enable_portal' && noEmail > 0 ? (
          <p className={styles.note}>{t(noEmail === 1 ? 'bulk.portal.noEmail.one' : 'bulk.portal.noEmail.other', { count: noEmail })}</p>
        ) : undefined
      }
    />
  );
}

function QuickBulkDialog({ action, context, onOpenChange }: ActionDialogProps<BulkSelection> & { action: QuickAction }) {
  const [selection] = useState(context);
  return <QuickBulkRun action={action} selection={selection} onClose={() => onOpenChange(false)} />;
}

export const EnablePortalDialog = (p: ActionDialogProps<BulkSelection>) => <QuickBulkDialog {...p} action="enable_portal" />;
export const MarkActiveDialog = (p: ActionDialogProps<BulkSelection>) => <QuickBulkDialog {...p} action="mark_active" />;
export const MarkInactiveDialog = (p: ActionDialogProps<BulkSelection>) => <QuickBulkDialog {...p} action="mark_inactive" />;
