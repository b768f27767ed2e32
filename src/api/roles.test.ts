import { describe, expect, it } from 'vitest';
import { isAdmin, roleAllows } from './roles';

describe('roleAllows (api.md "Who may do what")', () => {
  it('lets an admin do everything', () => {
    for (const a of ['delete', 'merge', 'change_owner'] as const) expect(roleAllows('admin', a)).toBe(true);
  });

  it('refuses delete, merge and owner changes to staff and staff_assigned', () => {
    for (const role of ['staff', 'staff_assigned'] as const) {
      for (const a of ['delete', 'merge', 'change_owner'] as const) expect(roleAllows(role, a)).toBe(false);
    }
  });

  it('lets only admins share custom views', () => {
    expect((['admin', 'staff', 'staff_assigned'] as const).map((r) => roleAllows(r, 'share_views'))).toEqual([true, false, false]);
  });

  it('leaves an unknown role to the API', () => {
    expect(roleAllows(null, 'delete')).toBe(true);
  });

  it('lets only admins change owners', () => {
    expect([isAdmin('admin'), isAdmin('staff'), isAdmin('staff_assigned'), isAdmin(undefined)]).toEqual([true, false, false, false]);
  });
});
