import { describe, expect, it } from 'vitest';
import { USERS } from '../scenarios/reference';
import { can, canWrite, isWriteMethod } from './access';
import { testDb, userOf } from './rule-fixtures';

describe('access', () => {
  it('treats every method but GET, HEAD and OPTIONS as a write', () => {
    expect(['GET', 'head', 'OPTIONS'].map(isWriteMethod)).toEqual([false, false, false]);
    expect(['POST', 'PUT', 'patch', 'DELETE'].map(isWriteMethod)).toEqual([true, true, true, true]);
  });

  it('lets only active users write, whatever their role', () => {
    const db = testDb();
    expect(canWrite(userOf(db, USERS.assignedA))).toBe(true);
    expect(canWrite(userOf(db, USERS.assignedInactive))).toBe(false);
    expect(canWrite({ ...userOf(db, USERS.admin), status: 'inactive' })).toBe(false);
  });

  it('keeps templates, like delete, merge and owners, to admins', () => {
    const db = testDb();
    expect(can(userOf(db, USERS.admin), 'manage_templates')).toBe(true);
    expect(can(userOf(db, USERS.staff), 'manage_templates')).toBe(false);
    expect(can(userOf(db, USERS.assignedA), 'manage_templates')).toBe(false);
  });
});
