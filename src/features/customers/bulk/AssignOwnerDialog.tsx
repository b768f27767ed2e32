/**
 * Bulk Assign Owner: "Customer Owner" offers the active "Staff (Assigned Customers Only)"
 * users (the only valid owners, api.md 3007) and "No owner"; Assign runs it, then the results.
 */
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import type { BulkSelection } from '../../../lib/customer-selection';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { roleReason } from '../../../lib/role-reasons';
import { BulkRunDialog } from './BulkRunDialog';
import { useBulkRun } from './use-bulk-run';
import styles from './Bulk.module.css';

/** The select's value for "No owner" (the API takes null). */
const NO_OWNER = 'none';

export function AssignOwnerDialog({ context, onOpenChange }: ActionDialogProps<BulkSelection>) {
  const t = useT();
  const id = useId();
  const locale = useLocaleStore((s) => s.locale);
  const [selection] = useState(context);
  const users = useQuery(referenceQueries.users());
  const me = useActingUser().data;
  const run = useBulkRun('assign_owner', selection);
  const [owner, setOwner] = useState('');
  const close = () => onOpenChange(false);
  const forbidden = me ? roleReason('change_owner', me) : null;
  const owners = (users.data ?? []).filter((u) => u.role === 'staff_assigned' && u.status === 'active');
  const submit = () => run.start({ action: 'assign_owner', owner_id: owner === NO_OWNER ? null : owner });

  if (run.status !== 'idle' && run.status !== 'error') {
    return <BulkRunDialog title={t('bulk.owner.title')} action="assign_owner" count={selection.count} run={run} names={selection.names} onClose={close} />;
  }
  return (
    <Dialog
      open
      onOpenChange={(o) => !o && close()}
      title={t('bulk.owner.title')}
      description={t(selection.count === 1 ? 'bulk.owner.intro.one' : 'bulk.owner.intro', { count: formatNumber(selection.count, locale) })}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!owner || !!forbidden} onClick={submit}>
            {t('bulk.owner.assign')}
          </button>
        </>
      }
    >
      {forbidden && <p className="notice">{forbidden}</p>}
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('bulk.owner.field')}</label>
        <select id={`${id}-owner`} className="select" value={owner} onChange={(e) => setOwner(e.target.value)} aria-describedby={`${id}-hint`}>
          <option value="" disabled>
            {users.isPending ? t('app.loading') : t('bulk.owner.placeholder')}
          </option>
          {owners.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              {u.name}
            </option>
          ))}
          <option value={NO_OWNER}>{t('bulk.owner.none')}</option>
        </select>
        <span id={`${id}-hint`} className="field-hint">
          {t('bulk.owner.hint')}
        </span>
      </div>
      {run.status === 'error' && (
        <p role="alert" className={styles.error}>
          {t('bulk.error', { message: run.error?.message ?? '' })}
        </p>
      )}
    </Dialog>
  );
}
