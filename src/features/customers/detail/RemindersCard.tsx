import { useQuery } from '@tanstack/react-query';
import type { Contact } from '../../../api/schemas';
import { contactQueries } from '../../../api/queries/contacts';
import { formatDate } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';

/** Reminder state and the upcoming payment reminders (empty when stopped). */
export function RemindersCard({ contact }: { contact: Contact }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const reminders = useQuery(contactQueries.reminders(contact.contact_id));
  return (
    <section className={styles.card} aria-labelledby="ov-reminders">
      <h2 id="ov-reminders">{t('detail.section.reminders')}</h2>
      {!contact.payment_reminder_enabled && (
        <p>
          <span className="badge badge-warning">{t('detail.state.remindersStopped')}</span>{' '}
          <span className={styles.muted}>{t('detail.remindersStoppedHint')}</span>
        </p>
      )}
      {reminders.isError && <p role="alert">{t('tx.error', { message: reminders.error.message })}</p>}
      {reminders.data && reminders.data.length === 0 && <p className={styles.muted}>{t('detail.noReminders')}</p>}
      {reminders.data && reminders.data.length > 0 && (
        <ul>
          {reminders.data.map((r) => (
            <li key={`${r.invoice_id}-${r.send_date}`}>{t('detail.reminder.row', { number: r.invoice_number, date: formatDate(r.send_date, locale) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
