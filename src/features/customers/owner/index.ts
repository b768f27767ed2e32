/** Assign Owner: admins only (the API refuses others with 403); the menu says why otherwise. */
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { isAdmin } from './owner-rules';
import { OwnerDialog } from './OwnerDialog';

export const ownerAction: DetailAction = {
  id: 'assign_owner',
  label: () => t('detail.action.assignOwner'),
  disabledReason: (_c, me) => (me && !isAdmin(me.role) ? t('act.owner.notAllowed') : null),
  Dialog: OwnerDialog,
};
