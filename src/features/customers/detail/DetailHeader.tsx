import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import { Link, useNavigate } from 'react-router';
import type { Contact } from '../../../api/schemas';
import { Menu } from '../../../components/ui/Menu';
import { useT, type MessageKey } from '../../../lib/i18n';
import { detailActionOrder, detailActions } from './detail-actions';
import { lastList, listHref } from '../list/last-list';
import { NeighbourNav } from './NeighbourNav';
import styles from './CustomerDetail.module.css';

const placeholderLabel = (id: string, c: Contact): MessageKey => {
  switch (id) {
    case 'templates': return 'detail.action.templates';
    case 'reminders': return c.payment_reminder_enabled ? 'detail.action.stopReminders' : 'detail.action.enableReminders';
    case 'email': return 'detail.action.email';
    case 'clone': return 'detail.action.clone';
    case 'merge': return 'detail.action.merge';
    case 'assign_owner': return 'detail.action.assignOwner';
    case 'status': return c.status === 'active' ? 'detail.action.markInactive' : 'detail.action.markActive';
    default: return 'detail.action.delete';
  }
};

/** Heading, states (Inactive, Reminders stopped, Merged into …) and the actions. */
export function DetailHeader({ contact: c }: { contact: Contact }) {
  const t = useT();
  const me = useQuery(referenceQueries.me()).data;
  const navigate = useNavigate();
  const [openId, setOpenId] = useState<string | null>(null);
  const byId = new Map(detailActions.map((a) => [a.id, a]));
  const open = openId ? byId.get(openId) : undefined;
  return (
    <header className={styles.header}>
      <div className={styles.titleBlock}>
        <div className={styles.backRow}>
          <Link
            to={listHref(lastList())}
            className={styles.back}
            // Read at click time: stepping through the list may have moved its page since render.
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              void navigate(listHref(lastList()));
            }}
          >
            <span aria-hidden="true">‹ </span>
            {t('detail.backToList')}
          </Link>
          <NeighbourNav id={c.contact_id} />
        </div>
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
          items={detailActionOrder.map((id) => {
            const action = byId.get(id);
            const reason = action ? (action.disabledReason?.(c, me) ?? null) : t('bulk.notYet');
            return {
              label: action ? action.label(c) : t(placeholderLabel(id, c)),
              onSelect: () => setOpenId(id),
              disabled: !!reason,
              reason: reason ?? undefined,
              destructive: id === 'delete',
            };
          })}
        />
      </div>
      {open && <open.Dialog open onOpenChange={(o) => !o && setOpenId(null)} context={c} />}
    </header>
  );
}
