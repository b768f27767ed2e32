import { describe, expect, it } from 'vitest';
import type { User } from '../../src/api/schemas';
import { Database } from '../db/store';
import { contactRecord } from '../db/builders';
import { RuleFailure } from './failure';
import { canSeeCustomerOf, findVisibleContact } from './visible-contact';

const user = (role: User['role'], user_id = '3'): User => ({ user_id, name: 'U', email: 'u@x.example', role, status: 'active' });

describe('findVisibleContact', () => {
  const db = new Database();
  db.transactSync((tx) => {
    tx.contacts.put(contactRecord({ contact_id: '1', contact_name: 'Mine', owner_id: '3' }));
    tx.contacts.put(contactRecord({ contact_id: '2', contact_name: 'Theirs', owner_id: '4' }));
  });

  it('returns a visible contact', () => {
    expect(findVisibleContact(db, user('staff_assigned'), '1').contact_name).toBe('Mine');
    expect(findVisibleContact(db, user('staff'), '2').contact_name).toBe('Theirs');
  });
  it('answers 404 for a hidden or missing contact alike', () => {
    for (const id of ['2', '99']) {
      try {
        findVisibleContact(db, user('staff_assigned'), id);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RuleFailure);
        expect((e as RuleFailure).status).toBe(404);
        expect((e as RuleFailure).message).toBe('Contact does not exist.');
      }
    }
  });
  it('shows orphan rows only to users who see everyone', () => {
    expect(canSeeCustomerOf(user('admin'), undefined)).toBe(true);
    expect(canSeeCustomerOf(user('staff_assigned'), undefined)).toBe(false);
  });
});
