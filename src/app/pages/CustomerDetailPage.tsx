import CustomerDetailPage from '../../features/customers/detail/CustomerDetailPage';
import { customerExtensions } from '../extensions';

export default function CustomerDetailRoute() {
  return <CustomerDetailPage extensions={customerExtensions} />;
}
