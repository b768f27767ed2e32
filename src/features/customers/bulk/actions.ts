/**
 * The bulk bar entries of this folder. Labels are getters so they follow the UI language;
 * role rules (api.md) disable Delete and Assign Owner for anyone but an admin.
 */
import type { BulkAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { roleReason } from './acting-user';
import { lazyDialog } from '../../../components/lazy';

const AssignOwnerDialog = lazyDialog(() => import('./AssignOwnerDialog').then((m) => m.AssignOwnerDialog));
const DeleteBulkDialog = lazyDialog(() => import('./DeleteBulkDialog').then((m) => m.DeleteBulkDialog));
const EnablePortalDialog = lazyDialog(() => import('./QuickBulkDialog').then((m) => m.EnablePortalDialog));
const MarkActiveDialog = lazyDialog(() => import('./QuickBulkDialog').then((m) => m.MarkActiveDialog));
const MarkInactiveDialog = lazyDialog(() => import('./QuickBulkDialog').then((m) => m.MarkInactiveDialog));

export const bulkFlowActions: BulkAction[] = [
  {
    id: 'assign_owner',
    placement: 'bar',
    get label() {
      return t('bulk.assignOwner');
    },
    disabledReason: (_sel, me) => roleReason('change_owner', me),
    Dialog: AssignOwnerDialog,
  },
  {
    id: 'enable_portal',
    placement: 'more',
    get label() {
      return t('bulk.enablePortal');
    },
    Dialog: EnablePortalDialog,
  },
  {
    id: 'mark_active',
    placement: 'more',
    get label() {
      return t('bulk.markActive');
    },
    Dialog: MarkActiveDialog,
  },
  {
    id: 'mark_inactive',
    placement: 'more',
    get label() {
      return t('bulk.markInactive');
    },
    Dialog: MarkInactiveDialog,
  },
  {
    id: 'delete',
    placement: 'more',
    destructive: true,
    get label() {
      return t('bulk.delete');
    },
    disabledReason: (_sel, me) => roleReason('delete', me),
    Dialog: DeleteBulkDialog,
  },
];
