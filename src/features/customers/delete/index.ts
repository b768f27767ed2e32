/** Delete: admins only (the API refuses others with 403); 3002 for customers with transactions. */
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { isAdmin } from '../owner/owner-rules';
import { DeleteDialog } from './DeleteDialog';

export const deleteAction: DetailAction = {
  id: 'delete',
  label: () => t('detail.action.delete'),
  disabledReason: (_c, me) => (me && !isAdmin(me.role) ? t('act.delete.notAllowed') : null),
  destructive: true,
  Dialog: DeleteDialog,
};
