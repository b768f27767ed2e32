import { Link } from 'react-router';
import type { Contact } from '../../../api/schemas';
import { Menu } from '../../../components/ui/Menu';
import { useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';

/** Heading, states (Inactive, Reminders stopped, Merged into …) and the actions. */
export function DetailHeader({ contact: c }: { contact: Contact }) {
  const t = useT();
  const later = t('bulk.notYet');
  const soon = (label: string, destructive = false) => ({ label, onSelect: () => undefined, disabled: true, reason: later, destructive });
  return (
    <header className={styles.header}>
      <div className={styles.titleBlock}>
        <Link to="/customers" className={styles.back}>
          ‹ {t('detail.backToList')}
        </Link>
        <h1>{c.contact_name}</h1>
        <div className={styles.states}>
          {c.status === 'inactive' && <span className="badge">{t('detail.state.inactive')}</span>}
          {!c.payment_reminder_enabled && <span className="badge badge-warning">{t('detail.state.remindersStopped')}</span>}
          {c.merged_into_contact_id && (
            <span className="badge badge-warning">
              {t('detail.state.mergedIntoPrefix')}{' '}
              <Link to={`/customers/${c.merged_into_contact_id}`}>{c.merged_into_contact_name || c.merged_into_contact_id}</Link>
            </span>
          )}
        </div>
      </div>
      <div className={styles.actions}>
        <Link to={`/customers/${c.contact_id}/edit`} className="btn btn-primary">
          {t('detail.edit')}
        </Link>
        <Menu
          label={t('detail.moreActions')}
          items={[
            soon(t('detail.action.templates')),
            soon(c.payment_reminder_enabled ? t('detail.action.stopReminders') : t('detail.action.enableReminders')),
            soon(t('detail.action.email')),
            soon(t('detail.action.clone')),
            soon(t('detail.action.merge')),
            soon(t('detail.action.assignOwner')),
            soon(c.status === 'active' ? t('detail.action.markInactive') : t('detail.action.markActive')),
            soon(t('detail.action.delete'), true),
          ]}
        />
      </div>
    </header>
  );
}
