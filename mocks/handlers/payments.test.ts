import { describe, expect, it } from 'vitest';
import type { Invoice, Payment } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact, invoiceRecord } from '../db/builders';
import { CURRENCIES, USERS } from '../scenarios/reference';
import { TEST_TODAY, actAs, call, snapshot, useMockApi } from '../testing';

type One = { payment: Payment };

/** A customer with two open invoices: #1 of 100.00 and #2 of 50.00. */
function customerWithInvoices(extra: Partial<Parameters<typeof insertContact>[1]> = {}) {
  return db.transactSync((tx) => {
    const c = insertContact(tx, { contact_name: 'Acme', ...extra }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    const precision = c.currency_id === CURRENCIES.JPY ? 0 : 2;
    const code = c.currency_id === CURRENCIES.JPY ? 'JPY' : 'USD';
    const ids = [100, 50].map(
      (rate, i) =>
        tx.invoices.put(
          invoiceRecord({
            invoice_id: tx.nextId('invoice'),
            customer_id: c.contact_id,
            date: `2026-06-0${i + 1}`,
            due_date: '2026-06-30',
            currency_code: code,
            line_items: [{ name: 'Item', rate, quantity: 1 }],
            precision,
          }),
        ).invoice_id,
    );
    return { contact: c, invoiceIds: ids };
  });
}

describe('customer payments API', () => {
  useMockApi('empty');

  it('applies a payment to invoices and keeps the remainder as unused credit', async () => {
    const {
      contact,
      invoiceIds: [i1, i2],
    } = customerWithInvoices();
    const r = await call<One>('POST', '/customerpayments', {
      customer_id: contact.contact_id,
      amount: 130.5,
      invoices: [
        { invoice_id: i1, amount_applied: 100 },
        { invoice_id: i2, amount_applied: 20.25 },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('The payment has been recorded.');
    expect(r.body.payment).toMatchObject({
      payment_number: '1',
      customer_id: contact.contact_id,
      customer_name: 'Acme',
      date: TEST_TODAY,
      amount: 130.5,
      currency_code: 'USD',
      invoices: [
        { invoice_id: i1, amount_applied: 100 },
        { invoice_id: i2, amount_applied: 20.25 },
      ],
    });
    const invoices = (await call<{ invoices: Invoice[] }>('GET', `/invoices?customer_id=${contact.contact_id}`)).body.invoices;
    expect(invoices.map((i) => [i.invoice_id, i.balance, i.status])).toEqual([
      [i2, 29.75, 'partially_paid'],
      [i1, 0, 'paid'],
    ]);
    expect(db.tables.contacts.get(contact.contact_id)?.unused_credits_minor).toBe(1025);
    const comment = db.tables.comments.all().find((c) => c.operation_type === 'payment_recorded');
    expect(comment?.description).toBe('Payment 1 of USD 130.50 recorded for INV-000001, INV-000002; USD 10.25 kept as credit.');
  });

  it('refuses applying more than an invoice balance, and writes nothing', async () => {
    const { contact, invoiceIds } = customerWithInvoices();
    const before = snapshot();
    const r = await call('POST', '/customerpayments', {
      customer_id: contact.contact_id,
      amount: 500,
      invoices: [{ invoice_id: invoiceIds[1], amount_applied: 50.01 }],
    });
    expect([r.status, r.body.code]).toEqual([400, 1001]);
    expect(r.body.errors?.map((e) => e.field)).toEqual(['invoices.0.amount_applied']);
    expect(snapshot()).toBe(before);
  });

  it('refuses applying more in total than the amount', async () => {
    const {
      contact,
      invoiceIds: [i1, i2],
    } = customerWithInvoices();
    const r = await call('POST', '/customerpayments', {
      customer_id: contact.contact_id,
      amount: 120,
      invoices: [
        { invoice_id: i1, amount_applied: 100 },
        { invoice_id: i2, amount_applied: 30 },
      ],
    });
    expect(r.body.code).toBe(1001);
    expect(r.body.errors?.map((e) => e.field)).toEqual(['amount']);
  });

  it('validates fields, JSON, currency decimals, inactive and unknown customers', async () => {
    const { contact } = customerWithInvoices({ currency_id: CURRENCIES.JPY });
    const missing = await call('POST', '/customerpayments', { amount: 0 });
    expect(missing.body.errors?.map((e) => e.field).sort()).toEqual(['amount', 'customer_id']);
    const yen = await call('POST', '/customerpayments', { customer_id: contact.contact_id, amount: 100.5 });
    expect(yen.body.errors).toEqual([{ field: 'amount', message: 'Use at most 0 decimal places for JPY.' }]);
    const bad = await call('POST', '/customerpayments', '{nope');
    expect([bad.status, bad.body.code]).toEqual([400, 1038]);
    const unknown = await call('POST', '/customerpayments', { customer_id: '999', amount: 1 });
    expect([unknown.status, unknown.body.code]).toEqual([404, 1002]);
    const other = customerWithInvoices({ contact_name: 'Other' });
    const foreign = await call('POST', '/customerpayments', {
      customer_id: contact.contact_id,
      amount: 10,
      invoices: [{ invoice_id: other.invoiceIds[0], amount_applied: 1 }],
    });
    expect(foreign.body.errors?.[0].field).toBe('invoices.0.invoice_id');
    db.transactSync((tx) => tx.contacts.put({ ...contact, status: 'inactive' }));
    const inactive = await call('POST', '/customerpayments', { customer_id: contact.contact_id, amount: 1 });
    expect(inactive.body.errors?.[0].field).toBe('customer_id');
  });

  it('records a whole-yen payment as credit only', async () => {
    const { contact } = customerWithInvoices({ currency_id: CURRENCIES.JPY });
    const r = await call<One>('POST', '/customerpayments', { customer_id: contact.contact_id, amount: 5000, date: '2026-06-10' });
    expect(r.body.payment).toMatchObject({ amount: 5000, currency_code: 'JPY', date: '2026-06-10', invoices: [] });
    expect(db.tables.contacts.get(contact.contact_id)?.unused_credits_minor).toBe(5000);
  });

  it('lists payments per customer, hiding customers a staff_assigned user may not see', async () => {
    const mine = customerWithInvoices({ contact_name: 'Mine', owner_id: USERS.assignedA });
    const theirs = customerWithInvoices({ contact_name: 'Theirs', owner_id: USERS.assignedB });
    await call('POST', '/customerpayments', { customer_id: mine.contact.contact_id, amount: 1, date: '2026-06-01' });
    await call('POST', '/customerpayments', { customer_id: mine.contact.contact_id, amount: 2, date: '2026-06-02' });
    await call('POST', '/customerpayments', { customer_id: theirs.contact.contact_id, amount: 3 });
    const list = await call<{ customerpayments: Payment[] }>('GET', `/customerpayments?customer_id=${mine.contact.contact_id}`);
    expect(list.body.customerpayments.map((p) => p.amount)).toEqual([2, 1]);
    await actAs(USERS.assignedA);
    const visible = await call<{ customerpayments: Payment[] }>('GET', '/customerpayments');
    expect(visible.body.customerpayments.map((p) => p.customer_name)).toEqual(['Mine', 'Mine']);
    const refused = await call('POST', '/customerpayments', { customer_id: theirs.contact.contact_id, amount: 1 });
    expect([refused.status, refused.body.message]).toEqual([404, 'Contact does not exist.']);
  });
});
