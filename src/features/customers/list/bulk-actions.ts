/**
 * The customers feature's own bulk actions (merge, bulk update, owner, portal, active/inactive,
 * delete). Each flow adds its BulkAction here; statements and export come from src/app.
 */
import type { BulkAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { bulkFlowActions } from '../bulk/actions';
import { lazyDialog } from '../../../components/lazy';

const BulkUpdateDialog = lazyDialog(() => import('../bulk-update/BulkUpdateDialog').then((m) => m.BulkUpdateDialog));
import { mergeBulkAction } from '../merge/actions';

const bulkUpdateAction: BulkAction = {
  id: 'bulk_update',
  placement: 'bar',
  get label() {
    return t('bulk.update');
  },
  Dialog: BulkUpdateDialog,
};

export const customerBulkActions: BulkAction[] = [bulkUpdateAction, mergeBulkAction, ...bulkFlowActions];

/** The order of the bulk bar, as ui-contract.md lists it; ids a flow registers under. */
export const bulkBarOrder = ['send_statements', 'print_statements', 'bulk_update', 'merge', 'assign_owner'] as const;
export const bulkMoreOrder = ['enable_portal', 'mark_active', 'mark_inactive', 'delete'] as const;
