/** Delete: admins only (the API refuses others with 403); the menu says why otherwise. */
import type { User } from '../../../api/schemas';
import { t } from '../../../lib/i18n';
import { isAdmin } from '../owner/owner-rules';

export function deleteDisabledReason(me: User | undefined): string | null {
  return me && !isAdmin(me.role) ? t('delete.notAllowed') : null;
}
