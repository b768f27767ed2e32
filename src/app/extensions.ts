/**
 * Where features meet: the customers pages are extended with actions other features own
 * (statements, export), so no feature imports another.
 */
import type { CustomerExtensions } from '../components/extensions';

export const customerExtensions: CustomerExtensions = {
  bulkActions: [],
  listMenu: [],
};
