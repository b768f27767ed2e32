/**
 * The list's "Export Customers" menu entry. The dialog's code loads on first open and SheetJS
 * only inside the export worker, so the list page pays for neither.
 */
import type { ListMenuAction } from '../../components/extensions';
import { lazyDialog } from '../../components/lazy';
import { t } from '../../lib/i18n';

const LazyExportDialog = lazyDialog(() => import('./ExportDialog').then((m) => m.default));

export const exportListAction: ListMenuAction = {
  id: 'export',
  get label() {
    return t('list.export');
  },
  Dialog: LazyExportDialog,
};
