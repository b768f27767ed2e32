import { lazyDialog, lazyLoad } from '../../components/lazy';
import { CustomerListPage } from '../../features/customers/list/CustomerListPage';
import { useT } from '../../lib/i18n';
import { bulkBarActions, bulkMoreActions, listMenuActions } from './list-actions';

// Only the "Duplicate Customers" view shows merge suggestions: the list's first load skips them.
const DuplicateGroups = lazyLoad(() => import('../../features/customers/merge/DuplicateGroups').then((m) => m.DuplicateGroups));
// The custom view editor loads on first "New Custom View" / "Edit view".
const ViewEditor = lazyDialog(() => import('../../features/customers/views/ViewEditorDialog').then((m) => m.ViewEditorDialog));

/** /customers: the list, hosting the flows' bulk actions, Export and the Duplicate view's merge suggestions. */
export function CustomersPage() {
  const t = useT();
  return (
    <CustomerListPage
      bulkActions={bulkBarActions(t)}
      moreBulkActions={bulkMoreActions(t)}
      menuActions={listMenuActions(t)}
      DuplicateGroups={DuplicateGroups}
      ViewEditor={ViewEditor}
    />
  );
}
