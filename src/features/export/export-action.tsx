/**
 * The list's "Export Customers" menu entry. The dialog's code loads on first open and SheetJS
 * only inside the export worker, so the list page pays for neither.
 */
import { lazy, Suspense } from 'react';
import type { DialogProps, ListContext, ListMenuAction } from '../../components/extensions';
import { t } from '../../lib/i18n';

const ExportDialog = lazy(() => import('./ExportDialog'));

function LazyExportDialog(props: DialogProps<ListContext>) {
  return (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  );
}

export const exportListAction: ListMenuAction = {
  id: 'export',
  get label() {
    return t('list.export');
  },
  Dialog: LazyExportDialog,
};
