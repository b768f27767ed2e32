/**
 * The customer's one-click toggles (Mark as Inactive/Active, Stop/Enable All Reminders) as the
 * user reads them: done, they answer with this app's sentence; failed, they reject with one
 * that gives the server's reason only as a detail. The toast that shows either is the caller's.
 */
import type { QueryClient } from '@tanstack/react-query';
import { setReminders } from '../../../api/queries/contact-reminders';
import { setStatus } from '../../../api/queries/contact-status';
import type { Contact } from '../../../api/schemas';
import { errorText } from '../../../lib/error-text';
import { t, type MessageKey } from '../../../lib/i18n';

async function told(call: () => Promise<unknown>, done: MessageKey, failed: MessageKey): Promise<{ message: string }> {
  try {
    await call();
  } catch (err) {
    throw new Error(t(failed, { message: errorText(err) }));
  }
  return { message: t(done) };
}

export const changeStatus = (qc: QueryClient, contactId: string, status: Contact['status']) =>
  status === 'active'
    ? told(() => setStatus(qc, contactId, status), 'detail.status.activeDone', 'detail.status.activeFailed')
    : told(() => setStatus(qc, contactId, status), 'detail.status.inactiveDone', 'detail.status.inactiveFailed');

export const changeReminders = (qc: QueryClient, contactId: string, enabled: boolean) =>
  enabled
    ? told(() => setReminders(qc, contactId, enabled), 'detail.reminders.enabled', 'detail.reminders.enableFailed')
    : told(() => setReminders(qc, contactId, enabled), 'detail.reminders.stopped', 'detail.reminders.stopFailed');
