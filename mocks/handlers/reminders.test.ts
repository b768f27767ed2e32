import { describe, expect, it } from 'vitest';
import type { ReminderRule, UpcomingReminder } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact, invoiceRecord } from '../db/builders';
import { USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';

/** A customer with an invoice due 06-10 (unpaid), one due 06-20 (unpaid) and one due 06-20 (paid). */
function customer(extra: Partial<Parameters<typeof insertContact>[1]> = {}) {
  return db.transactSync((tx) => {
    const c = insertContact(tx, { contact_name: 'Acme', ...extra });
    for (const [due, paid] of [
      ['2026-06-10', 0],
      ['2026-06-20', 0],
      ['2026-06-20', 1000],
    ] as const) {
      tx.invoices.put(
        invoiceRecord({
          invoice_id: tx.nextId('invoice'),
          customer_id: c.contact_id,
          date: '2026-05-01',
          due_date: due,
          currency_code: 'USD',
          line_items: [{ name: 'X', rate: 10, quantity: 1 }],
          precision: 2,
          paid_minor: paid,
        }),
      );
    }
    return c;
  });
}
type Upcoming = { reminders: UpcomingReminder[] };

describe('reminders API', () => {
  useMockApi('empty');

  it("computes upcoming reminders from the org schedule and the customer's unpaid invoices", async () => {
    const c = customer();
    const r = await call<Upcoming>('GET', `/contacts/${c.contact_id}/reminders`);
    expect(r.status).toBe(200);
    // Schedule: 1, 7, 15 days enabled; 30 disabled. Today is 2026-06-15.
    expect(r.body.reminders.map((x) => [x.invoice_number, x.send_date, x.kind])).toEqual([
      ['INV-000001', '2026-06-17', 'after_due_7_days'],
      ['INV-000002', '2026-06-21', 'after_due_1_days'],
      ['INV-000001', '2026-06-25', 'after_due_15_days'],
      ['INV-000002', '2026-06-27', 'after_due_7_days'],
      ['INV-000002', '2026-07-05', 'after_due_15_days'],
    ]);
  });

  it('is empty when the customer has reminders stopped', async () => {
    const c = customer({ payment_reminder_enabled: false });
    expect((await call<Upcoming>('GET', `/contacts/${c.contact_id}/reminders`)).body.reminders).toEqual([]);
  });

  it('reads and replaces the org schedule, which changes what is upcoming', async () => {
    const c = customer();
    const get = await call<{ reminders: ReminderRule[] }>('GET', '/settings/reminders');
    expect(get.body.reminders).toHaveLength(4);
    const put = await call<{ reminders: ReminderRule[] }>('PUT', '/settings/reminders', {
      reminders: [
        { days_after_due: 30, enabled: true },
        { days_after_due: 2, enabled: false },
      ],
    });
    expect([put.status, put.body.message]).toEqual([200, 'Reminder settings have been saved.']);
    expect(put.body.reminders.map((x) => x.days_after_due)).toEqual([2, 30]);
    const upcoming = (await call<Upcoming>('GET', `/contacts/${c.contact_id}/reminders`)).body.reminders;
    expect(upcoming.map((x) => x.send_date)).toEqual(['2026-07-10', '2026-07-20']);
    const bare = await call<{ reminders: ReminderRule[] }>('PUT', '/settings/reminders', [{ days_after_due: 5, enabled: true }]);
    expect(bare.body.reminders).toEqual([{ days_after_due: 5, enabled: true }]);
  });

  it('validates the schedule and keeps it for users who may change it', async () => {
    const before = snapshot();
    const dup = await call('PUT', '/settings/reminders', {
      reminders: [
        { days_after_due: 1, enabled: true },
        { days_after_due: 1, enabled: false },
      ],
    });
    expect(dup.body.errors?.map((e) => e.field)).toEqual(['reminders.1.days_after_due']);
    const frac = await call('PUT', '/settings/reminders', { reminders: [{ days_after_due: 1.5, enabled: true }] });
    expect(frac.body.errors?.map((e) => e.field)).toEqual(['reminders.0.days_after_due']);
    expect((await call('PUT', '/settings/reminders', [{ enabled: true }])).body.errors?.map((e) => e.field)).toEqual(['reminders.0.days_after_due']);
    expect((await call('PUT', '/settings/reminders', '[{')).body.code).toBe(1038);
    await actAs(USERS.assignedA);
    const denied = await call('PUT', '/settings/reminders', { reminders: [] });
    expect([denied.status, denied.body.code]).toEqual([403, 57]);
    expect(snapshot()).toBe(before);
  });

  it('answers 404 for a customer the staff_assigned user may not see', async () => {
    const c = customer({ owner_id: USERS.assignedB });
    await actAs(USERS.assignedA);
    const r = await call('GET', `/contacts/${c.contact_id}/reminders`);
    expect([r.status, r.body.code]).toEqual([404, 1002]);
  });
});
