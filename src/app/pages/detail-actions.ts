/**
 * The customer page's "More actions", in ui-contract order: the single-customer flows' dialogs,
 * and the one-click toggles (Stop/Enable All Reminders, Mark as Inactive/Active) with Undo.
 * src/app composes them, so features never import each other.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useActingUser } from '../../api/queries/reference';
import type { Contact } from '../../api/schemas';
import { lazyDialog } from '../../components/lazy';
import { CloneDialog } from '../../features/customers/clone/CloneDialog';
import { DeleteDialog } from '../../features/customers/delete/DeleteDialog';
import { deleteDisabledReason } from '../../features/customers/delete/delete-rules';
import type { DetailAction } from '../../features/customers/detail/DetailHeader';
import { changeReminders, changeStatus } from '../../features/customers/detail/toggles';
import { EmailDialog } from '../../features/customers/email/EmailDialog';
import { mergeContactReason } from '../../features/customers/merge/limits';
import { OwnerDialog } from '../../features/customers/owner/OwnerDialog';
import { ownerDisabledReason } from '../../features/customers/owner/owner-rules';
import { TemplatesDialog } from '../../features/customers/templates/TemplatesDialog';
import { useT } from '../../lib/i18n';

const MergeIntoDialog = lazyDialog(() => import('../../features/customers/merge/MergeIntoDialog').then((m) => m.MergeIntoDialog));

/** The actions for a customer, as the acting user may take them. */
export function useDetailActions(): (c: Contact) => DetailAction[] {
  const t = useT();
  const qc = useQueryClient();
  const me = useActingUser().data;
  return (c) => [
    { id: 'templates', label: t('detail.action.templates'), Dialog: TemplatesDialog },
    {
      id: 'reminders',
      label: t(c.payment_reminder_enabled ? 'detail.action.stopReminders' : 'detail.action.enableReminders'),
      run: () => changeReminders(qc, c.contact_id, !c.payment_reminder_enabled),
      undo: () => changeReminders(qc, c.contact_id, c.payment_reminder_enabled),
    },
    { id: 'email', label: t('detail.action.email'), Dialog: EmailDialog },
    { id: 'clone', label: t('detail.action.clone'), Dialog: CloneDialog },
    { id: 'merge', label: t('detail.action.merge'), disabledReason: mergeContactReason(c, me), Dialog: MergeIntoDialog },
    { id: 'assign_owner', label: t('detail.action.assignOwner'), disabledReason: ownerDisabledReason(me), Dialog: OwnerDialog },
    {
      id: 'status',
      label: t(c.status === 'active' ? 'detail.action.markInactive' : 'detail.action.markActive'),
      run: () => changeStatus(qc, c.contact_id, c.status === 'active' ? 'inactive' : 'active'),
      undo: () => changeStatus(qc, c.contact_id, c.status),
    },
    { id: 'delete', label: t('detail.action.delete'), destructive: true, disabledReason: deleteDisabledReason(me), Dialog: DeleteDialog },
  ];
}
