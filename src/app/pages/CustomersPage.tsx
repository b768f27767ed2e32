export { default } from '../../features/customers/list/CustomerListPage';
