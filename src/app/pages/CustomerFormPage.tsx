export { default } from '../../features/customers/form/CustomerFormPage';
