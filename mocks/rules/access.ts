/**
 * Who may see and do what (api.md "Who may do what"). A `staff_assigned` user sees only the
 * customers they own; everywhere else a hidden customer behaves as if it did not exist.
 */
import { roleAllows, type Permission } from '../../src/api/roles';
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';

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

/** The contract's rule, the same one the UI mirrors: only an admin deletes, merges, changes owners or manages templates. */
export function can(user: User, permission: Permission): boolean {
  return roleAllows(user.role, permission);
}

/** An owner must be an active "Staff (Assigned Customers Only)" user. */
export function isValidOwner(user: User | undefined): boolean {
  return !!user && user.role === 'staff_assigned' && user.status === 'active';
}
