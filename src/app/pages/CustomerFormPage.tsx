export { CustomerFormPage } from '../../features/customers/form/CustomerFormPage';
