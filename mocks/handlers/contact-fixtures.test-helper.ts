/**
 * Fixtures for the customer API tests: records written straight into the store (as a scenario
 * would), so tests do not depend on the invoice or payment endpoints.
 */
import { expect } from 'vitest';
import type { Contact, ContactPerson } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { insertContact, invoiceRecord, paymentRecord } from '../db/builders';
import { db } from '../runtime';
import { call, TEST_TODAY } from '../testing';
import { addDays } from '../rules/dates';

export function seedContact(
  c: Partial<ContactRecord> & { contact_name: string },
  persons: Omit<Partial<ContactPerson>, 'contact_person_id'>[] = [],
): ContactRecord {
  return db.transactSync((tx) => insertContact(tx, c, persons));
}

/** A USD invoice for `customerId`; `dueInDays` < 0 makes it overdue, `paid` settles it. */
export function seedInvoice(customerId: string, opts: { amount?: number; dueInDays?: number; paid?: boolean } = {}) {
  const amount = opts.amount ?? 100;
  return db.transactSync((tx) => {
    const id = tx.nextId('invoice');
    return tx.invoices.put(
      invoiceRecord({
        invoice_id: id,
        customer_id: customerId,
        date: addDays(TEST_TODAY, -40),
        due_date: addDays(TEST_TODAY, opts.dueInDays ?? 10),
        currency_code: 'USD',
        line_items: [{ name: 'Service', rate: amount, quantity: 1 }],
        precision: 2,
        paid_minor: opts.paid ? amount * 100 : 0,
      }),
    );
  });
}

export function seedPayment(customerId: string, amountMinor = 5000) {
  return db.transactSync((tx) =>
    tx.payments.put(
      paymentRecord({
        payment_id: tx.nextId('payment'),
        customer_id: customerId,
        date: TEST_TODAY,
        amount_minor: amountMinor,
        currency_code: 'USD',
      }),
    ),
  );
}

export function seedEmail(contactId: string) {
  return db.transactSync((tx) =>
    tx.emails.put({
      email_id: tx.nextId('email'),
      contact_id: contactId,
      kind: 'email',
      to_mail_ids: ['a@example.com'],
      cc_mail_ids: [],
      subject: 'Hello',
      body: 'Body',
      attachments: [],
      sent_by: 'Aiko Tanaka',
      sent_time: `${TEST_TODAY}T10:00:00.000+00:00`,
    }),
  );
}

export function allowDuplicateNames(allow = true): void {
  db.transactSync((tx) => {
    const s = tx.settings.get('settings');
    if (s) tx.settings.put({ ...s, preferences: { ...s.preferences, allow_duplicate_contact_names: allow } });
  });
}

export function commentsOf(contactId: string) {
  return db.tables.comments.all().filter((c) => c.contact_id === contactId);
}

/** Create a customer through the API (201 expected). */
export async function create(body: Record<string, unknown>): Promise<Contact> {
  const r = await call<{ contact: Contact }>('POST', '/contacts', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.contact;
}

/** The fields an error envelope names. */
export const fields = (r: { body: { errors?: { field: string }[] } }) => (r.body.errors ?? []).map((e) => e.field);
