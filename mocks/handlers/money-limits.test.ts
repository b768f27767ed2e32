/**
 * api.md "Limits": money is finite, |x| < 1e12 in major units and at most the currency's
 * precision; quantities are finite, positive and ≤ 1e6. Anything else is 400/1001 naming the
 * field, and nothing is written (never a 201 with `total: null`, never a silent rounding).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { invoiceSchema, type Invoice } from '../../src/api/schemas';
import { contactListSchema } from '../../src/api/queries/contacts';
import { db } from '../runtime';
import { insertContact, invoiceRecord } from '../db/builders';
import { CURRENCIES } from '../scenarios/reference';
import { call, snapshot, useMockApi } from '../testing';

type One = { invoice: Invoice };

/** 12345678901234567.89 as JSON.parse reads it (12345678901234568): the digits are already lost. */
const LOSES_DIGITS = Number('12345678901234567.89');

function customer(currency_id: string = CURRENCIES.USD) {
  return db.transactSync((tx) => insertContact(tx, { contact_name: `Acme ${currency_id}`, currency_id }, []));
}

/** A customer with one open invoice of 100 (USD or JPY). */
function withInvoice(currency_id: string = CURRENCIES.USD) {
  const c = customer(currency_id);
  const jpy = currency_id === CURRENCIES.JPY;
  const inv = db.transactSync((tx) =>
    tx.invoices.put(
      invoiceRecord({
        invoice_id: tx.nextId('invoice'),
        customer_id: c.contact_id,
        date: '2026-06-01',
        due_date: '2026-06-30',
        currency_code: jpy ? 'JPY' : 'USD',
        line_items: [{ name: 'Item', rate: 100, quantity: 1 }],
        precision: jpy ? 0 : 2,
      }),
    ),
  );
  return { contact: c, invoiceId: inv.invoice_id };
}

/** POST a body written as JSON text (so `1e999` reaches the server as JSON.parse reads it). */
const postRaw = (path: string, json: string) => call('POST', path, json);

const refusal = (r: Awaited<ReturnType<typeof call>>) => [r.status, r.body.code, r.body.errors?.map((e) => e.field)];

describe('money and quantity limits: POST /invoices', () => {
  useMockApi('empty');

  const post = (customerId: string, line: Record<string, unknown>, more: Record<string, unknown>[] = []) =>
    call<One>('POST', '/invoices', { customer_id: customerId, line_items: [{ name: 'X', rate: 1, quantity: 1, ...line }, ...more] });

  it('refuses a rate that is not a bounded number (1e308, 1e999, "NaN", 12345678901234567.89)', async () => {
    const c = customer();
    const before = snapshot();
    for (const rate of [1e308, LOSES_DIGITS, 1e12, -1, 'NaN', 'Infinity']) {
      expect(refusal(await post(c.contact_id, { rate })), String(rate)).toEqual([400, 1001, ['line_items.0.rate']]);
    }
    const infinite = await postRaw('/invoices', `{"customer_id":"${c.contact_id}","line_items":[{"name":"X","rate":1e999,"quantity":1}]}`);
    expect(refusal(infinite)).toEqual([400, 1001, ['line_items.0.rate']]);
    expect(snapshot()).toBe(before);
  });

  it('refuses more decimals than the currency has, never rounding them away', async () => {
    const usd = customer();
    const jpy = customer(CURRENCIES.JPY);
    const before = snapshot();
    const cases: [string, number, string][] = [
      [usd.contact_id, 0.001, 'Use at most 2 decimal places for USD.'],
      [usd.contact_id, 1e-7, 'Use at most 2 decimal places for USD.'],
      [usd.contact_id, 19.999, 'Use at most 2 decimal places for USD.'],
      [jpy.contact_id, 1.5, 'Use at most 0 decimal places for JPY.'],
    ];
    for (const [id, rate, message] of cases) {
      const r = await post(id, { rate });
      expect(refusal(r), String(rate)).toEqual([400, 1001, ['line_items.0.rate']]);
      expect(r.body.errors?.[0].message).toBe(message);
    }
    expect(snapshot()).toBe(before);
    expect((await post(usd.contact_id, { rate: 0.01 })).body.invoice.total).toBe(0.01);
    expect((await post(jpy.contact_id, { rate: 1e3 })).body.invoice.total).toBe(1000);
  });

  it('refuses a quantity that is not finite, positive and at most 1e6', async () => {
    const c = customer();
    const before = snapshot();
    for (const quantity of [-1, 0, 1e6 + 1, 1e308, 'NaN']) {
      expect(refusal(await post(c.contact_id, { quantity })), String(quantity)).toEqual([400, 1001, ['line_items.0.quantity']]);
    }
    const infinite = await postRaw('/invoices', `{"customer_id":"${c.contact_id}","line_items":[{"name":"X","rate":1,"quantity":1e999}]}`);
    expect(refusal(infinite)).toEqual([400, 1001, ['line_items.0.quantity']]);
    expect(snapshot()).toBe(before);
    expect((await post(c.contact_id, { rate: 2, quantity: 1e6 })).body.invoice.total).toBe(2e6);
  });

  it('refuses an invoice whose total would reach the bound, though each line is within it', async () => {
    const c = customer();
    const before = snapshot();
    const oneLine = await post(c.contact_id, { rate: 999_999_999_999.99, quantity: 2 });
    expect(refusal(oneLine)).toEqual([400, 1001, ['line_items']]);
    const twoLines = await post(c.contact_id, { rate: 600_000_000_000 }, [{ name: 'Y', rate: 400_000_000_000, quantity: 1 }]);
    expect(refusal(twoLines)).toEqual([400, 1001, ['line_items']]);
    expect(twoLines.body.errors?.[0].message).toBe('The invoice total must be less than 1,000,000,000,000.');
    expect(snapshot()).toBe(before);
    const big = await post(c.contact_id, { rate: 999_999_999_999.99 });
    expect([big.status, big.body.invoice.total]).toEqual([201, 999_999_999_999.99]);
  });

  it('keeps the customer list readable after the old 201-with-null request', async () => {
    const c = customer();
    await post(c.contact_id, { rate: 1e308, quantity: 10 });
    const list = await call('GET', '/contacts');
    expect(contactListSchema.safeParse(list.body).success).toBe(true);
  });
});

describe('money limits: POST /customerpayments', () => {
  useMockApi('empty');

  const pay = (body: Record<string, unknown>) => call('POST', '/customerpayments', body);

  it('refuses an amount that is not a bounded number of the currency (1e308, 1e999, 12345678901234567.89, 0.001 USD, 1.5 JPY)', async () => {
    const usd = withInvoice();
    const jpy = withInvoice(CURRENCIES.JPY);
    const before = snapshot();
    const cases: [string, unknown][] = [
      [usd.contact.contact_id, 1e308],
      [usd.contact.contact_id, LOSES_DIGITS],
      [usd.contact.contact_id, 1e15],
      [usd.contact.contact_id, 'NaN'],
      [usd.contact.contact_id, 0.001],
      [usd.contact.contact_id, 1e-7],
      [usd.contact.contact_id, 1e-9],
      [usd.contact.contact_id, 1.000000001],
      [usd.contact.contact_id, -5],
      [jpy.contact.contact_id, 1.5],
    ];
    for (const [customer_id, amount] of cases) {
      expect(refusal(await pay({ customer_id, amount })), String(amount)).toEqual([400, 1001, ['amount']]);
    }
    const infinite = await postRaw('/customerpayments', `{"customer_id":"${usd.contact.contact_id}","amount":1e999}`);
    expect(refusal(infinite)).toEqual([400, 1001, ['amount']]);
    expect(snapshot()).toBe(before);
  });

  it('refuses an amount applied that is not a bounded number of the currency', async () => {
    const usd = withInvoice();
    const jpy = withInvoice(CURRENCIES.JPY);
    const before = snapshot();
    const cases: [typeof usd, unknown][] = [
      [usd, 1e308],
      [usd, LOSES_DIGITS],
      [usd, 'NaN'],
      [usd, 0.001],
      [usd, 1e-7],
      [usd, 1e-9],
      [usd, 1.000000001],
      [jpy, 1.5],
    ];
    for (const [c, amount_applied] of cases) {
      const r = await pay({ customer_id: c.contact.contact_id, amount: 50, invoices: [{ invoice_id: c.invoiceId, amount_applied }] });
      expect(refusal(r), String(amount_applied)).toEqual([400, 1001, ['invoices.0.amount_applied']]);
    }
    const raw = `{"customer_id":"${usd.contact.contact_id}","amount":50,"invoices":[{"invoice_id":"${usd.invoiceId}","amount_applied":1e999}]}`;
    expect(refusal(await postRaw('/customerpayments', raw))).toEqual([400, 1001, ['invoices.0.amount_applied']]);
    expect(snapshot()).toBe(before);
    const fine = await pay({
      customer_id: usd.contact.contact_id,
      amount: 999_999_999_999.99,
      invoices: [{ invoice_id: usd.invoiceId, amount_applied: 0.01 }],
    });
    expect(fine.status).toBe(201);
  });
});

describe('derived totals never break a response', () => {
  useMockApi('empty');

  it('answers finite amounts that satisfy the schema even when stored money is corrupt', async () => {
    const { contact, invoiceId } = withInvoice();
    const inv = db.tables.invoices.get(invoiceId);
    if (!inv) throw new Error('no invoice');
    db.transactSync((tx) => {
      // The good invoice of 100 stays; a copy of it holds amounts no request can produce.
      tx.invoices.put({ ...inv, invoice_id: tx.nextId('invoice'), total_minor: Number.NaN, balance_minor: Number.POSITIVE_INFINITY });
      tx.contacts.put({ ...contact, unused_credits_minor: Number.NaN });
    });
    const list = await call('GET', '/contacts');
    expect(contactListSchema.safeParse(list.body).success).toBe(true);
    const detail = await call<{ contact: { outstanding_receivable_amount: number; unused_credits_receivable_amount: number; overdue_amount: number } }>(
      'GET',
      `/contacts/${contact.contact_id}`,
    );
    expect(detail.body.contact).toMatchObject({ outstanding_receivable_amount: 100, unused_credits_receivable_amount: 0, overdue_amount: 0 });
    const invoices = await call<{ invoices: Invoice[] }>('GET', `/invoices?customer_id=${contact.contact_id}`);
    expect(invoices.body.invoices.map((i) => [i.total, i.balance])).toEqual([
      [0, 0],
      [100, 100],
    ]);
    const sorted = await call<{ contacts: { contact_id: string }[] }>('GET', '/contacts?sort_column=outstanding_receivable_amount&sort_order=D');
    expect(sorted.status).toBe(200);
    const statement = await call<{ statement: Record<string, unknown> }>(
      'GET',
      `/contacts/${contact.contact_id}/statement?start_date=2026-01-01&end_date=2026-12-31`,
    );
    expect(statement.status).toBe(200);
    for (const key of ['opening_balance', 'invoiced', 'received', 'balance_due']) expect(statement.body.statement[key], key).toEqual(expect.any(Number));
  });

  it('reads back a line item stored before the input rules (a tab in its name, 2e6 pieces)', async () => {
    const { invoiceId, contact } = withInvoice();
    const inv = db.tables.invoices.get(invoiceId);
    if (!inv) throw new Error('no invoice');
    db.transactSync((tx) => tx.invoices.put({ ...inv, line_items: [{ name: 'Tab\there', rate: 1, quantity: 2e6 }] }));
    const invoices = await call('GET', `/invoices?customer_id=${contact.contact_id}`);
    expect(invoices.status).toBe(200);
    expect(z.object({ invoices: z.array(invoiceSchema) }).safeParse(invoices.body).success).toBe(true);
  });
});
