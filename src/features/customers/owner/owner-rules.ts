/** Who may own a customer and who may change owners (mirrors the API's rules, api.md "Who may do what"). */
import type { User, UserRole } from '../../../api/schemas';
import { t } from '../../../lib/i18n';

/** Owners are active users with the role "Staff (Assigned Customers Only)", by name. */
export function ownerCandidates(users: User[], currentOwnerId = ''): User[] {
  return users
    .filter((u) => u.role === 'staff_assigned' && (u.status === 'active' || u.user_id === currentOwnerId))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Only an admin may change owners or delete customers. */
export const isAdmin = (role: UserRole | undefined): boolean => role === 'admin';

/** Assign Owner: why the acting user may not (null while the user is unknown: the API decides). */
export function ownerDisabledReason(me: User | undefined): string | null {
  return me && !isAdmin(me.role) ? t('owner.notAllowed') : null;
}
