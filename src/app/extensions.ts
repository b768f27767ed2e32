/**
 * Where features meet: the customers pages are extended with actions other features own
 * (statements, export), so no feature imports another.
 */
import type { CustomerExtensions } from '../components/extensions';
import { exportListAction } from '../features/export/export-action';
import { StatementToolbar, statementBulkActions } from '../features/statements/actions';

export const customerExtensions: CustomerExtensions = {
  bulkActions: [...statementBulkActions],
  StatementToolbar,
  listMenu: [exportListAction],
};
