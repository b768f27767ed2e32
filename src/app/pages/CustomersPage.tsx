import CustomerListPage from '../../features/customers/list/CustomerListPage';
import { customerExtensions } from '../extensions';

export default function CustomersPage() {
  return <CustomerListPage extensions={customerExtensions} />;
}
