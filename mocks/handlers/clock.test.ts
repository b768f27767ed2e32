/** The mock's clock: `PUT /__mock/config {today}` moves every date the mock derives. */
import { describe, expect, it } from 'vitest';
import type { Contact, ContactSummary, Invoice, MockState, Statement, UpcomingReminder } from '../../src/api/schemas';
import { adoptMeta, db, getMeta, reset, restore } from '../runtime';
import { insertContact, invoiceRecord } from '../db/builders';
import { nowIso, setToday, todayIso } from '../rules/dates';
import { TEST_TODAY, call, snapshot, useMockApi } from '../testing';

type Config = { config: MockState };

/** A customer with one unpaid invoice dated 06-01, due 06-30 (not overdue on TEST_TODAY, 06-15). */
function customer() {
  return db.transactSync((tx) => {
    const c = insertContact(tx, { contact_name: 'Acme', payment_terms: 15 }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    tx.invoices.put(
      invoiceRecord({
        invoice_id: tx.nextId('invoice'),
        customer_id: c.contact_id,
        date: '2026-06-01',
        due_date: '2026-06-30',
        currency_code: 'USD',
        line_items: [{ name: 'X', rate: 10, quantity: 1 }],
        precision: 2,
      }),
    );
    return c;
  });
}

const setClock = (today: string | null) => call<Config>('PUT', '/__mock/config', { today });
const detail = async (id: string) => (await call<{ contact: Contact }>('GET', `/contacts/${id}`)).body.contact;
const listRow = async (id: string) => (await call<{ contacts: ContactSummary[] }>('GET', '/contacts')).body.contacts.find((c) => c.contact_id === id);

describe('the mock clock (today)', () => {
  useMockApi('empty');

  it('is null (the real date) until set, and GET shows what PUT set', async () => {
    expect((await call<Config>('GET', '/__mock/config')).body.config.today).toBeNull();
    const put = await setClock('2026-07-15');
    expect(put.status).toBe(200);
    expect(put.body.config.today).toBe('2026-07-15');
    expect((await call<Config>('GET', '/__mock/config')).body.config.today).toBe('2026-07-15');
    expect((await setClock(null)).body.config.today).toBeNull();
  });

  it.each([['2026-02-30'], ['tomorrow'], [20260101], ['2026-7-1'], ['2026-07-15T00:00:00Z'], ['']])(
    'refuses %j with 1001 naming today, and changes nothing',
    async (today) => {
      await setClock('2026-07-15');
      const before = snapshot();
      const r = await call('PUT', '/__mock/config', { today, latency_ms: 5 });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe(1001);
      expect(r.body.errors?.map((e) => e.field)).toEqual(['today']);
      expect((await call<Config>('GET', '/__mock/config')).body.config).toMatchObject({ today: '2026-07-15', latency_ms: 0 });
      expect(snapshot()).toBe(before);
    },
  );

  it("moves a customer's overdue state, in the detail and the list, and back", async () => {
    const c = customer();
    expect(await detail(c.contact_id)).toMatchObject({ overdue_amount: 0 });
    expect(await listRow(c.contact_id)).toMatchObject({ is_overdue: false });
    await setClock('2026-07-01');
    expect(await detail(c.contact_id)).toMatchObject({ overdue_amount: 10 });
    expect(await listRow(c.contact_id)).toMatchObject({ is_overdue: true });
    const overdue = await call<{ contacts: ContactSummary[] }>('GET', '/contacts?filter_by=Status.Overdue');
    expect(overdue.body.contacts.map((x) => x.contact_id)).toEqual([c.contact_id]);
    await setClock(null);
    expect(await listRow(c.contact_id)).toMatchObject({ is_overdue: false });
  });

  it('moves the statement\'s default period ("This Month") and the reminders', async () => {
    const c = customer();
    const statement = async () => (await call<{ statement: Statement }>('GET', `/contacts/${c.contact_id}/statement`)).body.statement;
    expect(await statement()).toMatchObject({ start_date: '2026-06-01', end_date: '2026-06-30' });
    const reminders = async () => (await call<{ reminders: UpcomingReminder[] }>('GET', `/contacts/${c.contact_id}/reminders`)).body.reminders;
    const onTestToday = await reminders();
    await setClock('2027-02-10');
    expect(await statement()).toMatchObject({ start_date: '2027-02-01', end_date: '2027-02-28' });
    // Long after every reminder's date: none is upcoming any more.
    expect(onTestToday.length).toBeGreaterThan(0);
    expect(await reminders()).toEqual([]);
  });

  it("dates new records and history entries on the clock's day, times still increasing", async () => {
    const c = customer();
    await setClock('2027-03-20');
    const inv = await call<{ invoice: Invoice }>('POST', '/invoices', { customer_id: c.contact_id, line_items: [{ name: 'W', rate: 1, quantity: 1 }] });
    expect(inv.body.invoice).toMatchObject({ date: '2027-03-20', due_date: '2027-04-04' });
    expect(db.tables.invoices.get(inv.body.invoice.invoice_id)?.created_time.slice(0, 10)).toBe('2027-03-20');
    const pay = await call<{ payment: { date: string } }>('POST', '/customerpayments', {
      customer_id: c.contact_id,
      amount: 1,
      invoices: [{ invoice_id: inv.body.invoice.invoice_id, amount_applied: 1 }],
    });
    expect(pay.body.payment.date).toBe('2027-03-20');

    const add = (description: string) =>
      call<{ comment: { date: string; time: string; date_description: string } }>('POST', `/contacts/${c.contact_id}/comments`, { description });
    const first = (await add('One')).body.comment;
    const second = (await add('Two')).body.comment;
    expect(first).toMatchObject({ date: '2027-03-20', date_description: 'today' });
    expect(second.time > first.time).toBe(true);

    await setClock(null);
    // Back on the real date (the tests pin it to TEST_TODAY).
    expect((await add('Three')).body.comment.date).toBe(TEST_TODAY);
  });

  it('is kept by a data reset, which builds the data around it', async () => {
    await setClock('2027-01-10');
    const r = await call<{ state: MockState }>('POST', '/__mock/reset', { scenario: 'empty' });
    expect(r.body.state.today).toBe('2027-01-10');
    expect((await call<Config>('GET', '/__mock/config')).body.config.today).toBe('2027-01-10');
  });

  it('comes back with the saved settings (hydration) and from another tab (adoptMeta)', async () => {
    const saved = getMeta();
    await restore({ ...saved, config: { ...saved.config, today: '2026-12-24' } });
    expect(todayIso()).toBe('2026-12-24');
    adoptMeta({ ...getMeta(), config: { ...getMeta().config, today: '2027-05-05' } });
    expect(todayIso()).toBe('2027-05-05');
    // A save from before the clock existed has no `today`: the real date.
    const { today: _gone, ...older } = getMeta().config;
    adoptMeta({ ...getMeta(), config: older as typeof saved.config });
    expect(todayIso()).toBe(TEST_TODAY);
  });

  it('follows the real date when neither the clock nor a test pins the day', async () => {
    setToday(null);
    try {
      await reset('empty', { keepConfig: false });
      const real = new Date().toISOString().slice(0, 10);
      expect(nowIso().slice(0, 10)).toBe(real);
      await setClock('2026-01-31');
      expect(nowIso().slice(0, 10)).toBe('2026-01-31');
      await setClock(null);
      expect(nowIso().slice(0, 10)).toBe(real);
    } finally {
      setToday(TEST_TODAY);
    }
  });
});
