/**
 * What the acting user's role allows (api.md "Who may do what"): the contract's one rule, which
 * the mock enforces (mocks/rules/access) and the UI mirrors so a forbidden action is disabled
 * with the reason; the API refuses it anyway (403).
 */
import type { UserRole } from './schemas';

/** The actions the UI disables with a reason of their own. */
export type GuardedAction = 'delete' | 'merge' | 'change_owner';
export type Permission = GuardedAction | 'manage_templates' | 'share_views';

/** Only an admin may delete, merge, change owners, create/edit templates or share custom views; staff and staff_assigned may not. */
export function roleAllows(role: UserRole | null | undefined, action: Permission): boolean {
  // Unknown role (not loaded yet): leave it to the API, which refuses with 403.
  if (!role) return true;
  return role === 'admin' || !(['delete', 'merge', 'change_owner', 'manage_templates', 'share_views'] as Permission[]).includes(action);
}

/** Only an admin may change owners, delete customers or manage templates. */
export const isAdmin = (role: UserRole | undefined): boolean => role === 'admin';

/** A custom view may be changed or deleted by its creator or an admin (the API's 403/57 otherwise). */
export function mayChangeView(user: { user_id: string; role: UserRole } | null | undefined, view: { created_by_id: string }): boolean {
  return !!user && (user.role === 'admin' || user.user_id === view.created_by_id);
}
