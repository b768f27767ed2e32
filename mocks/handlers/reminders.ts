/**
 * Payment reminders: a customer's upcoming reminders (computed from the org schedule and its
 * unpaid invoices, empty when stopped) and the org schedule itself.
 */
import { http, type HttpHandler } from 'msw';
import { reminderScheduleInputSchema as scheduleInput, type ReminderRule } from '../../src/api/schemas';
import { db } from '../runtime';
import type { SettingsRecord } from '../db/types';
import { todayIso } from '../rules/dates';
import { normaliseSchedule, upcomingReminders } from '../rules/reminders';
import { findVisibleContact } from '../rules/visible-contact';
import { parseOrRefuse, refuse } from '../rules/failure';
import { API, actingUser, api, ok, readJson } from './http';

function settings(): SettingsRecord {
  const s = db.tables.settings.get('settings');
  if (!s) throw new Error('settings row missing from the scenario');
  return s;
}

export const reminderHandlers: HttpHandler[] = [
  http.get(
    `${API}/contacts/:id/reminders`,
    api<{ id: string }>(({ params, request }) => {
      const contact = findVisibleContact(db, actingUser(request), params.id);
      const reminders = upcomingReminders({
        invoices: db.tables.invoices.all().filter((i) => i.customer_id === contact.contact_id),
        rules: settings().reminders,
        today: todayIso(),
        enabled: contact.payment_reminder_enabled,
      });
      return ok('success', { reminders });
    }),
  ),

  http.get(
    `${API}/settings/reminders`,
    api(() => ok('success', { reminders: settings().reminders })),
  ),

  http.put(
    `${API}/settings/reminders`,
    api(async ({ request }) => {
      // An org-wide setting: not for users limited to their own customers.
      if (actingUser(request).role === 'staff_assigned') throw refuse.forbidden();
      // `{reminders: [...]}` like the response, or the bare list; parsed separately (not as a
      // union) so a field error names the exact field instead of "invalid input".
      const raw = await readJson(request);
      const rules: ReminderRule[] = Array.isArray(raw)
        ? parseOrRefuse(scheduleInput, { reminders: raw }).reminders
        : parseOrRefuse(scheduleInput, raw).reminders;
      const seen = new Set<number>();
      const errors = rules.flatMap((r, i) => {
        if (!seen.has(r.days_after_due)) return (seen.add(r.days_after_due), []);
        return [{ field: `reminders.${i}.days_after_due`, message: 'Each reminder needs a different number of days.' }];
      });
      if (errors.length) throw refuse.invalid(errors);
      const saved = await db.transact((tx) => {
        const next = { ...settings(), reminders: normaliseSchedule(rules) };
        tx.settings.put(next);
        return next.reminders;
      });
      return ok('Reminder settings have been saved.', { reminders: saved });
    }),
  ),
];
