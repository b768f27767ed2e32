/** Delete: admins only (the API refuses others with 403); the menu says why otherwise. */
import { isAdmin } from '../../../api/roles';
import type { User } from '../../../api/schemas';
import { t } from '../../../lib/i18n';

export function deleteDisabledReason(me: User | undefined): string | null {
  return me && !isAdmin(me.role) ? t('delete.notAllowed') : null;
}
