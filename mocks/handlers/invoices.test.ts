import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact, invoiceRecord } from '../db/builders';
import { CURRENCIES, USERS } from '../scenarios/reference';
import { TEST_TODAY, actAs, call, snapshot, useMockApi } from '../testing';

type One = { invoice: Invoice };
type Many = { invoices: Invoice[] };

function customer(extra: Parameters<typeof insertContact>[1] = { contact_name: 'Acme' }) {
  return db.transactSync((tx) => insertContact(tx, extra, [{ first_name: 'Ann', email: 'ann@acme.example' }]));
}

describe('invoices API', () => {
  useMockApi('empty');

  it('creates an invoice with defaults, a number, a total and a history entry', async () => {
    const c = customer({ contact_name: 'Acme', payment_terms: 15 });
    const r = await call<One>('POST', '/invoices', { customer_id: c.contact_id, line_items: [{ name: 'Widget', rate: 19.99, quantity: 3 }] });
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('The invoice has been created.');
    expect(r.body.invoice).toMatchObject({
      invoice_number: 'INV-000001',
      customer_id: c.contact_id,
      customer_name: 'Acme',
      date: TEST_TODAY,
      due_date: '2026-06-30',
      currency_code: 'USD',
      total: 59.97,
      balance: 59.97,
      status: 'sent',
    });
    const second = await call<One>('POST', '/invoices', {
      customer_id: c.contact_id,
      date: '2026-06-01',
      due_date: '2026-06-02',
      line_items: [{ name: 'X', rate: 1, quantity: 1 }],
    });
    expect(second.body.invoice).toMatchObject({ invoice_number: 'INV-000002', status: 'overdue' });
    const comments = db.tables.comments.all().filter((x) => x.contact_id === c.contact_id);
    expect(comments.map((x) => x.operation_type)).toEqual(['invoice_created', 'invoice_created']);
    expect(comments[0]).toMatchObject({ description: 'Invoice INV-000001 for USD 59.97 created.', commented_by: 'Aiko Tanaka' });
  });

  it('computes JPY totals in whole yen', async () => {
    const c = customer({ contact_name: '京都茶舗', currency_id: CURRENCIES.JPY });
    const r = await call<One>('POST', '/invoices', {
      customer_id: c.contact_id,
      line_items: [
        { name: '抹茶', rate: 667, quantity: 1.5 },
        { name: '煎茶', rate: 1, quantity: 0.4 },
      ],
    });
    expect(r.body.invoice).toMatchObject({ currency_code: 'JPY', total: 1001, balance: 1001 });
  });

  it('refuses an inactive customer with 1001 and writes nothing', async () => {
    const c = customer({ contact_name: 'Old', status: 'inactive' });
    const before = snapshot();
    const r = await call('POST', '/invoices', { customer_id: c.contact_id, line_items: [{ name: 'X', rate: 1, quantity: 1 }] });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(1001);
    expect(r.body.errors?.[0].field).toBe('customer_id');
    expect(snapshot()).toBe(before);
  });

  it('names each invalid field, refuses bad JSON and unknown customers', async () => {
    const c = customer();
    const missing = await call('POST', '/invoices', { line_items: [] });
    expect(missing.body.code).toBe(1001);
    expect(missing.body.errors?.map((e) => e.field).sort()).toEqual(['customer_id', 'line_items']);
    const dates = await call('POST', '/invoices', {
      customer_id: c.contact_id,
      date: '2026-06-10',
      due_date: '2026-06-01',
      line_items: [{ name: 'X', rate: 1, quantity: 1 }],
    });
    expect(dates.body.errors).toEqual([{ field: 'due_date', message: 'The due date cannot be before the invoice date.' }]);
    const badDate = await call('POST', '/invoices', { customer_id: c.contact_id, date: '2026-02-30', line_items: [{ name: 'X', rate: 1, quantity: 1 }] });
    expect(badDate.body.errors?.map((e) => e.field)).toEqual(['date']);
    const bad = await call('POST', '/invoices', '{"customer_id": ');
    expect([bad.status, bad.body.code]).toEqual([400, 1038]);
    const unknown = await call('POST', '/invoices', { customer_id: '999', line_items: [{ name: 'X', rate: 1, quantity: 1 }] });
    expect([unknown.status, unknown.body.code, unknown.body.message]).toEqual([404, 1002, 'Contact does not exist.']);
  });

  it('derives status on read and filters by customer and status', async () => {
    const a = customer({ contact_name: 'A' });
    const b = customer({ contact_name: 'B' });
    db.transactSync((tx) => {
      const base = { customer_id: a.contact_id, currency_code: 'USD', precision: 2, line_items: [{ name: 'X', rate: 100, quantity: 1 }] };
      tx.invoices.put(invoiceRecord({ ...base, invoice_id: tx.nextId('invoice'), date: '2026-05-01', due_date: '2026-05-31', paid_minor: 10000 }));
      tx.invoices.put(invoiceRecord({ ...base, invoice_id: tx.nextId('invoice'), date: '2026-05-02', due_date: '2026-06-30', paid_minor: 2500 }));
      tx.invoices.put(invoiceRecord({ ...base, invoice_id: tx.nextId('invoice'), date: '2026-05-03', due_date: '2026-06-14', paid_minor: 2500 }));
      tx.invoices.put(invoiceRecord({ ...base, invoice_id: tx.nextId('invoice'), date: '2026-05-04', due_date: '2026-06-15' }));
      tx.invoices.put(invoiceRecord({ ...base, customer_id: b.contact_id, invoice_id: tx.nextId('invoice'), date: '2026-05-05', due_date: '2026-06-30' }));
    });
    const all = await call<Many>('GET', `/invoices?customer_id=${a.contact_id}`);
    expect(all.body.invoices.map((i) => [i.invoice_id, i.status, i.balance])).toEqual([
      ['4', 'sent', 100],
      ['3', 'overdue', 75],
      ['2', 'partially_paid', 75],
      ['1', 'paid', 0],
    ]);
    const overdue = await call<Many>('GET', '/invoices?status=overdue');
    expect(overdue.body.invoices.map((i) => i.invoice_id)).toEqual(['3']);
    expect((await call<Many>('GET', '/invoices')).body.invoices).toHaveLength(5);
    expect((await call('GET', '/invoices?status=draft')).body.code).toBe(1001);
  });

  it("hides other owners' customers from a staff_assigned user", async () => {
    const mine = customer({ contact_name: 'Mine', owner_id: USERS.assignedA });
    const theirs = customer({ contact_name: 'Theirs', owner_id: USERS.assignedB });
    const line = [{ name: 'X', rate: 1, quantity: 1 }];
    await call('POST', '/invoices', { customer_id: mine.contact_id, line_items: line });
    await call('POST', '/invoices', { customer_id: theirs.contact_id, line_items: line });
    await actAs(USERS.assignedA);
    const list = await call<Many>('GET', '/invoices');
    expect(list.body.invoices.map((i) => i.customer_name)).toEqual(['Mine']);
    expect((await call<Many>('GET', `/invoices?customer_id=${theirs.contact_id}`)).body.invoices).toEqual([]);
    const refused = await call('POST', '/invoices', { customer_id: theirs.contact_id, line_items: line });
    expect([refused.status, refused.body.code]).toEqual([404, 1002]);
    const created = await call<One>('POST', '/invoices', { customer_id: mine.contact_id, line_items: line });
    expect(created.status).toBe(201);
    expect(db.tables.comments.all().at(-1)?.commented_by).toBe('Chika Sato');
  });
});
