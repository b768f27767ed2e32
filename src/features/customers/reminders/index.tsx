/**
 * Stop All Reminders / Enable All Reminders: immediate, with Undo. The detail page shows
 * "Reminders stopped" and its upcoming reminders refetch (storeContact invalidates them).
 */
import { setReminders } from '../../../api/queries/contact-reminders';
import type { Contact } from '../../../api/schemas';
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { ImmediateAction } from '../status/immediate';

export const remindersAction: DetailAction = {
  id: 'reminders',
  label: (c: Contact) => t(c.payment_reminder_enabled ? 'detail.action.stopReminders' : 'detail.action.enableReminders'),
  Dialog: function RemindersDialog({ context: c, onOpenChange }) {
    return (
      <ImmediateAction
        run={(qc) => setReminders(qc, c.contact_id, !c.payment_reminder_enabled)}
        undo={(qc) => setReminders(qc, c.contact_id, c.payment_reminder_enabled)}
        onDone={() => onOpenChange(false)}
      />
    );
  },
};
