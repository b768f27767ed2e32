export { default } from '../../features/customers/detail/CustomerDetailPage';
