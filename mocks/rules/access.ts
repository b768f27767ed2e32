/**
 * Who may see and do what (api.md "Who may do what"). A `staff_assigned` user sees only the
 * customers they own; everywhere else a hidden customer behaves as if it did not exist.
 */
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';

export type Permission = 'delete' | 'merge' | 'change_owner' | 'manage_templates';

/** Reading never changes anything: every other method is a write. */
export function isWriteMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/** An inactive user may still read, but every write is refused (403/57). */
export function canWrite(user: Pick<User, 'status'>): boolean {
  return user.status === 'active';
}

export function canSeeContact(user: User, contact: Pick<ContactRecord, 'owner_id'>): boolean {
  return user.role !== 'staff_assigned' || contact.owner_id === user.user_id;
}

export function can(user: User, permission: Permission): boolean {
  if (user.role === 'admin') return true;
  // staff and staff_assigned: never delete, merge, change owners or create/edit templates.
  return !(['delete', 'merge', 'change_owner', 'manage_templates'] as Permission[]).includes(permission);
}

/** An owner must be an active "Staff (Assigned Customers Only)" user. */
export function isValidOwner(user: User | undefined): boolean {
  return !!user && user.role === 'staff_assigned' && user.status === 'active';
}
