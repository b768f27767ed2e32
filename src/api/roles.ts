/**
 * What the acting user's role allows (api.md "Who may do what"), mirrored in the UI so a
 * forbidden action is disabled with the reason; the API refuses it anyway (403).
 */
import type { UserRole } from './schemas';

export type GuardedAction = 'delete' | 'merge' | 'change_owner';

/** Only an admin may delete, merge or change owners; staff and staff_assigned may not. */
export function roleAllows(role: UserRole | null | undefined, action: GuardedAction): boolean {
  // Unknown role (not loaded yet): leave it to the API, which refuses with 403.
  if (!role) return true;
  return role === 'admin' || !(['delete', 'merge', 'change_owner'] as GuardedAction[]).includes(action);
}
