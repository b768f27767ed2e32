/** A standalone database with the reference data, for unit tests of the pure rules. */
import type { ContactPerson, User } from '../../src/api/schemas';
import { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { insertContact, invoiceRecord } from '../db/builders';
import { referenceData, USERS } from '../scenarios/reference';

export function testDb(): Database {
  const db = new Database();
  db.replaceAll(referenceData());
  return db;
}

export function userOf(db: Database, id: string = USERS.admin): User {
  const user = db.tables.users.get(id);
  if (!user) throw new Error(`no user ${id}`);
  return user;
}

export function addContact(
  db: Database,
  c: Partial<ContactRecord> & { contact_name: string },
  persons: Omit<Partial<ContactPerson>, 'contact_person_id'>[] = [],
): ContactRecord {
  return db.transactSync((tx) => insertContact(tx, c, persons));
}

export function addInvoice(db: Database, customerId: string, dueDate = '2099-01-01', amount = 100): void {
  db.transactSync((tx) =>
    tx.invoices.put(
      invoiceRecord({
        invoice_id: tx.nextId('invoice'),
        customer_id: customerId,
        date: '2026-01-01',
        due_date: dueDate,
        currency_code: 'USD',
        line_items: [{ name: 'Item', rate: amount, quantity: 1 }],
        precision: 2,
      }),
    ),
  );
}

export const NOW = '2026-06-15T09:00:00.000+00:00';

/** Hands out ids like a transaction would, without one. */
export function idCounter(start = 100): (counter: string) => string {
  let n = start;
  return () => String(++n);
}
