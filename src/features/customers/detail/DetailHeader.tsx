import { useState, type ComponentType } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Contact } from '../../../api/schemas';
import { useOneClick, type OneClickAction } from '../../../components/one-click';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import { Menu } from '../../../components/ui/Menu';
import { useT } from '../../../lib/i18n';
import { lastList, listHref } from '../list/last-list';
import { NeighbourNav } from './NeighbourNav';
import styles from './CustomerDetail.module.css';

/**
 * An item of "More actions" for this customer: it opens its dialog, or (one-click) runs at once
 * with a toast and an optional Undo.
 */
export type DetailAction = {
  id: string;
  label: string;
  /** Why it cannot run (shown beside the item, which is disabled), or null. */
  disabledReason?: string | null;
  destructive?: boolean;
} & ({ Dialog: ComponentType<ActionDialogProps<Contact>> } | OneClickAction);

/** Heading, states (Inactive, Reminders stopped, Merged into …) and the actions the page hosts. */
export function DetailHeader({ contact: c, actions }: { contact: Contact; actions: DetailAction[] }) {
  const t = useT();
  const navigate = useNavigate();
  const oneClick = useOneClick();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = actions.find((a) => a.id === openId);
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
          items={actions.map((action) => ({
            label: action.label,
            onSelect: () => ('Dialog' in action ? setOpenId(action.id) : oneClick.start(action)),
            disabled: !!action.disabledReason,
            reason: action.disabledReason ?? undefined,
            destructive: action.destructive,
          }))}
        />
      </div>
      {open && 'Dialog' in open && <open.Dialog open onOpenChange={(o) => !o && setOpenId(null)} context={c} />}
      {oneClick.busy && (
        <span role="status" className="visually-hidden">
          {t('detail.working')}
        </span>
      )}
    </header>
  );
}
