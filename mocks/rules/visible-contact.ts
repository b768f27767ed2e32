/**
 * The one lookup every per-customer endpoint starts with. A customer the acting user may not
 * see answers exactly like a missing one (404), so a `staff_assigned` user cannot even learn
 * that it exists.
 */
import type { User } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { canSeeContact } from './access';
import { refuse } from './failure';

export function findVisibleContact(db: Database, user: User, id: string): ContactRecord {
  const contact = db.tables.contacts.get(id);
  if (!contact || !canSeeContact(user, contact)) throw refuse.notFound('Contact');
  return contact;
}

/**
 * For rows that belong to a customer (invoices, payments, emails): visible when the customer
 * is. A row whose customer no longer exists is shown only to users who see every customer.
 */
export function canSeeCustomerOf(user: User, customer: ContactRecord | undefined): boolean {
  return customer ? canSeeContact(user, customer) : user.role !== 'staff_assigned';
}
