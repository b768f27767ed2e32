/**
 * Every handler of the mock backend, in one list for the browser worker, Node tests and the
 * standalone HTTP server. Order matters: fixed paths under /contacts (merge, bulk, import,
 * duplicates, statements, contactpersons) come before /contacts/:id, and the fallback (Zoho's
 * 404/405 envelope for what no handler answers) comes last.
 */
import { controlHandlers } from './control';
import { snapshotHandlers } from './snapshot';
import { userHandlers } from './users';
import { contactExtHandlers } from './contacts-ext';
import { contactPersonHandlers } from './contact-persons';
import { statementHandlers } from './statements';
import { contactHandlers } from './contacts';
import { customViewHandlers } from './customviews';
import { invoiceHandlers } from './invoices';
import { paymentHandlers } from './payments';
import { reminderHandlers } from './reminders';
import { emailHandlers } from './email';
import { outboxHandlers } from './outbox';
import { templateHandlers } from './templates';
import { settingsHandlers } from './settings';
import { commentHandlers } from './comments';
import { addressHandlers } from './addresses';
import { fallbackHandlers } from './fallback';

const apiHandlers = [
  ...controlHandlers,
  ...snapshotHandlers,
  ...userHandlers,
  ...contactExtHandlers,
  ...contactPersonHandlers,
  ...statementHandlers,
  ...contactHandlers,
  ...customViewHandlers,
  ...invoiceHandlers,
  ...paymentHandlers,
  ...reminderHandlers,
  ...emailHandlers,
  ...outboxHandlers,
  ...templateHandlers,
  ...settingsHandlers,
  ...commentHandlers,
  ...addressHandlers,
];

export const handlers = [...apiHandlers, ...fallbackHandlers(apiHandlers)];
