/**
 * What the customers list hosts from the flows, in ui-contract order: the bulk bar's buttons,
 * its "More bulk actions", and "Export Customers" in the list's "More actions". src/app composes
 * them, so features never import each other. Every dialog loads on first open.
 */
import { lazyDialog } from '../../components/lazy';
import { roleReason } from '../../lib/role-reasons';
import type { BulkAction } from '../../features/customers/list/BulkBar';
import type { ListMenuAction } from '../../features/customers/list/ListToolbar';
import { mergeSelectionReason } from '../../features/customers/merge/limits';
import { statementsDisabledReason } from '../../features/statements/bulk/limits';
import type { MessageKey, Vars } from '../../lib/i18n';

type Translate = (key: MessageKey, vars?: Vars) => string;

const SendStatementsDialog = lazyDialog(() => import('../../features/statements/bulk/SendStatementsDialog').then((m) => m.SendStatementsDialog));
const PrintStatementsDialog = lazyDialog(() => import('../../features/statements/bulk/PrintStatementsDialog').then((m) => m.PrintStatementsDialog));
const BulkUpdateDialog = lazyDialog(() => import('../../features/customers/bulk/BulkUpdateDialog').then((m) => m.BulkUpdateDialog));
const MergeSelectionDialog = lazyDialog(() => import('../../features/customers/merge/MergeSelectionDialog').then((m) => m.MergeSelectionDialog));
const AssignOwnerDialog = lazyDialog(() => import('../../features/customers/bulk/AssignOwnerDialog').then((m) => m.AssignOwnerDialog));
const EnablePortalDialog = lazyDialog(() => import('../../features/customers/bulk/QuickBulkDialog').then((m) => m.EnablePortalDialog));
const MarkActiveDialog = lazyDialog(() => import('../../features/customers/bulk/QuickBulkDialog').then((m) => m.MarkActiveDialog));
const MarkInactiveDialog = lazyDialog(() => import('../../features/customers/bulk/QuickBulkDialog').then((m) => m.MarkInactiveDialog));
const DeleteBulkDialog = lazyDialog(() => import('../../features/customers/bulk/DeleteBulkDialog').then((m) => m.DeleteBulkDialog));
/** SheetJS loads only inside the export worker, so the list pays for neither it nor the dialog. */
const ExportDialog = lazyDialog(() => import('../../features/export/ExportDialog').then((m) => m.ExportDialog));

/** The bulk bar's buttons. */
export const bulkBarActions = (t: Translate): BulkAction[] => [
  { id: 'send_statements', label: t('bulk.sendStatements'), disabledReason: statementsDisabledReason, Dialog: SendStatementsDialog },
  { id: 'print_statements', label: t('bulk.printStatements'), disabledReason: statementsDisabledReason, Dialog: PrintStatementsDialog },
  { id: 'bulk_update', label: t('bulk.update'), Dialog: BulkUpdateDialog },
  { id: 'merge', label: t('bulk.merge'), disabledReason: mergeSelectionReason, Dialog: MergeSelectionDialog },
  // Role rules (api.md): Assign Owner and Delete are for admins only.
  { id: 'assign_owner', label: t('bulk.assignOwner'), disabledReason: (_sel, me) => roleReason('change_owner', me), Dialog: AssignOwnerDialog },
];

/** The items of "More bulk actions". */
export const bulkMoreActions = (t: Translate): BulkAction[] => [
  { id: 'enable_portal', label: t('bulk.enablePortal'), Dialog: EnablePortalDialog },
  { id: 'mark_active', label: t('bulk.markActive'), Dialog: MarkActiveDialog },
  { id: 'mark_inactive', label: t('bulk.markInactive'), Dialog: MarkInactiveDialog },
  { id: 'delete', label: t('bulk.delete'), destructive: true, disabledReason: (_sel, me) => roleReason('delete', me), Dialog: DeleteBulkDialog },
];

/** The list's "More actions" after Import. */
export const listMenuActions = (t: Translate): ListMenuAction[] => [{ id: 'export', label: t('list.export'), Dialog: ExportDialog }];
