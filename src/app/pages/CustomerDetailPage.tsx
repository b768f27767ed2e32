import { lazyLoad } from '../../components/lazy';
import { CustomerDetailPage as CustomerDetail } from '../../features/customers/detail/CustomerDetailPage';
import { useDetailActions } from './detail-actions';

/** Only the Statement tab shows the PDF buttons: their code loads then. */
const StatementToolbar = lazyLoad(() => import('../../features/statements/StatementToolbar').then((m) => m.StatementToolbar));

/** /customers/:id[/tab]: the customer page, hosting the flows' "More actions" and the statement's PDF buttons. */
export function CustomerDetailPage() {
  return <CustomerDetail moreActions={useDetailActions()} StatementToolbar={StatementToolbar} />;
}
