/**
 * Upcoming payment reminders: the org's schedule (days after the due date) applied to a
 * customer's unpaid invoices. Computed on read, never stored, so editing the schedule,
 * recording a payment or stopping reminders takes effect immediately.
 */
import type { ReminderRule, UpcomingReminder } from '../../src/api/schemas';
import type { InvoiceRecord } from '../db/types';
import { addDays } from './dates';

/** An upcoming reminder; `days_after_due` lets the UI word `kind` in its own language. */
export type Reminder = UpcomingReminder & { days_after_due: number };

/** Machine-readable kind, e.g. `after_due_7_days` (negative days: `before_due_3_days`). */
export function reminderKind(daysAfterDue: number): string {
  return daysAfterDue < 0 ? `before_due_${-daysAfterDue}_days` : `after_due_${daysAfterDue}_days`;
}

export function upcomingReminders(input: {
  invoices: Pick<InvoiceRecord, 'invoice_id' | 'invoice_number' | 'due_date' | 'balance_minor'>[];
  rules: ReminderRule[];
  today: string;
  /** The customer's `payment_reminder_enabled`: when stopped there is nothing upcoming. */
  enabled: boolean;
}): Reminder[] {
  if (!input.enabled) return [];
  // Two enabled rules with the same offset would send the same reminder twice: keep one.
  const offsets = [...new Set(input.rules.filter((r) => r.enabled).map((r) => r.days_after_due))];
  const out: Reminder[] = [];
  for (const inv of input.invoices) {
    if (inv.balance_minor <= 0) continue;
    for (const days of offsets) {
      const send_date = addDays(inv.due_date, days);
      if (send_date < input.today) continue;
      out.push({
        invoice_id: inv.invoice_id,
        invoice_number: inv.invoice_number,
        send_date,
        kind: reminderKind(days),
        days_after_due: days,
      });
    }
  }
  return out.sort((a, b) => a.send_date.localeCompare(b.send_date) || a.invoice_number.localeCompare(b.invoice_number));
}

/** A schedule as stored: one rule per offset, in order of days. */
export function normaliseSchedule(rules: ReminderRule[]): ReminderRule[] {
  return [...rules].sort((a, b) => a.days_after_due - b.days_after_due);
}
