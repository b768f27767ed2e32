import { describe, expect, it } from 'vitest';
import type { User } from '../../../api/schemas';
import { ownerCandidates } from './owner-rules';

const u = (user_id: string, name: string, role: User['role'], status: User['status'] = 'active'): User => ({
  user_id,
  name,
  email: `${user_id}@x.example`,
  role,
  status,
});
const users = [
  u('1', 'Aiko', 'admin'),
  u('2', 'Ben', 'staff'),
  u('4', 'Diego', 'staff_assigned'),
  u('3', 'Chika', 'staff_assigned'),
  u('5', 'Emma', 'staff_assigned', 'inactive'),
];

describe('owner rules', () => {
  it('offers active staff_assigned users by name', () => {
    expect(ownerCandidates(users).map((x) => x.name)).toEqual(['Chika', 'Diego']);
  });
  it('keeps an inactive current owner visible so the field shows who it is', () => {
    expect(ownerCandidates(users, '5').map((x) => x.name)).toEqual(['Chika', 'Diego', 'Emma']);
  });
});
