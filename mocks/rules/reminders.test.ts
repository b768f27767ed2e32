import { describe, expect, it } from 'vitest';
import { normaliseSchedule, reminderKind, upcomingReminders } from './reminders';

const TODAY = '2026-06-15';
const rules = [
  { days_after_due: 1, enabled: true },
  { days_after_due: 7, enabled: true },
  { days_after_due: 30, enabled: false },
];
const invoices = [
  { invoice_id: '1', invoice_number: 'INV-000001', due_date: '2026-06-10', balance_minor: 100 },
  { invoice_id: '2', invoice_number: 'INV-000002', due_date: '2026-06-20', balance_minor: 100 },
  { invoice_id: '3', invoice_number: 'INV-000003', due_date: '2026-06-20', balance_minor: 0 },
];

describe('upcomingReminders', () => {
  it('applies enabled rules to unpaid invoices, from today on, in date order', () => {
    const out = upcomingReminders({ invoices, rules, today: TODAY, enabled: true });
    expect(out.map((r) => [r.invoice_number, r.send_date, r.kind])).toEqual([
      ['INV-000001', '2026-06-17', 'after_due_7_days'],
      ['INV-000002', '2026-06-21', 'after_due_1_days'],
      ['INV-000002', '2026-06-27', 'after_due_7_days'],
    ]);
  });
  it('keeps a reminder whose send date is today', () => {
    const out = upcomingReminders({ invoices: [{ ...invoices[0], due_date: '2026-06-14' }], rules, today: TODAY, enabled: true });
    expect(out[0].send_date).toBe(TODAY);
  });
  it('is empty when the customer has reminders stopped', () => {
    expect(upcomingReminders({ invoices, rules, today: TODAY, enabled: false })).toEqual([]);
  });
  it('does not send the same reminder twice for duplicate rules', () => {
    const twice = [...rules, { days_after_due: 7, enabled: true }];
    expect(upcomingReminders({ invoices: [invoices[1]], rules: twice, today: TODAY, enabled: true })).toHaveLength(2);
  });
});

describe('schedule helpers', () => {
  it('names kinds and sorts schedules', () => {
    expect(reminderKind(-3)).toBe('before_due_3_days');
    expect(normaliseSchedule([rules[2], rules[0]]).map((r) => r.days_after_due)).toEqual([1, 30]);
  });
});
