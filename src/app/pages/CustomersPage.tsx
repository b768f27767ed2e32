import CustomerListPage from '../../features/customers/list/CustomerListPage';
import { useT } from '../../lib/i18n';
import { bulkBarActions, bulkMoreActions, listMenuActions } from './list-actions';

/** /customers: the list, hosting the flows' bulk actions and Export. */
export default function CustomersPage() {
  const t = useT();
  return <CustomerListPage bulkActions={bulkBarActions(t)} moreBulkActions={bulkMoreActions(t)} menuActions={listMenuActions(t)} />;
}
