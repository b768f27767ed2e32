/** Who may own a customer and who may change owners (mirrors the API's rules, api.md "Who may do what"). */
import type { User, UserRole } from '../../../api/schemas';

/** Owners are active users with the role "Staff (Assigned Customers Only)", by name. */
export function ownerCandidates(users: User[], currentOwnerId = ''): User[] {
  return users
    .filter((u) => u.role === 'staff_assigned' && (u.status === 'active' || u.user_id === currentOwnerId))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Only an admin may change owners or delete customers. */
export const isAdmin = (role: UserRole | undefined): boolean => role === 'admin';
