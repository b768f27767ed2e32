import { describe, expect, it } from 'vitest';
import { bulkInputSchema } from '../../src/api/schemas';
import { USERS } from '../scenarios/reference';
import { applyBulk, planBulk } from './bulk';
import type { RuleFailure } from './failure';
import { addContact, addInvoice, NOW, testDb, userOf } from './rule-fixtures';

const input = (v: unknown) => bulkInputSchema.parse(v);

describe('planBulk', () => {
  it('decides per customer without writing anything', () => {
    const db = testDb();
    const a = addContact(db, { contact_name: 'A' });
    const b = addContact(db, { contact_name: 'B' });
    addInvoice(db, b.contact_id);
    const version = db.version;
    const plan = planBulk(
      db,
      userOf(db),
      input({ action: 'delete', contact_ids: [a.contact_id, b.contact_id, a.contact_id] }),
      [a.contact_id, b.contact_id, a.contact_id],
      NOW,
    );
    expect(plan.results.map((r) => [r.contact_name, r.status])).toEqual([
      ['A', 'ok'],
      ['B', 'failed'],
    ]);
    expect(db.version).toBe(version);
    db.transactSync((tx) => applyBulk(tx, db, plan, 'Aiko'));
    expect(db.tables.contacts.has(a.contact_id)).toBe(false);
  });

  it('refuses the whole call for forbidden actions and invalid values', () => {
    const db = testDb();
    const a = addContact(db, { contact_name: 'A', owner_id: USERS.assignedA });
    const refuse = (user: string, v: unknown) => {
      try {
        planBulk(db, userOf(db, user), input(v), [a.contact_id], NOW);
      } catch (err) {
        return (err as RuleFailure).code;
      }
      return 0;
    };
    expect(refuse(USERS.staff, { action: 'delete', contact_ids: ['1'] })).toBe(57);
    expect(refuse(USERS.staff, { action: 'assign_owner', owner_id: null, contact_ids: ['1'] })).toBe(57);
    expect(refuse(USERS.admin, { action: 'assign_owner', owner_id: USERS.staff, contact_ids: ['1'] })).toBe(3007);
    expect(refuse(USERS.admin, { action: 'update', field: 'payment_terms', value: 1.5, contact_ids: ['1'] })).toBe(1001);
    expect(refuse(USERS.assignedA, { action: 'mark_inactive', contact_ids: ['1'] })).toBe(0);
  });

  it('reports customers the user cannot see as missing', () => {
    const db = testDb();
    const hidden = addContact(db, { contact_name: 'Hidden', owner_id: USERS.assignedB });
    const plan = planBulk(db, userOf(db, USERS.assignedA), input({ action: 'mark_inactive', contact_ids: [hidden.contact_id] }), [hidden.contact_id], NOW);
    expect(plan.results).toEqual([{ contact_id: hidden.contact_id, contact_name: '', status: 'failed', message: 'Contact does not exist.' }]);
    expect(plan.writes).toEqual([]);
  });

  it('skips updates that change nothing', () => {
    const db = testDb();
    const a = addContact(db, { contact_name: 'A', payment_terms: 30 });
    const plan = planBulk(db, userOf(db), input({ action: 'update', field: 'payment_terms', value: '30', contact_ids: ['1'] }), [a.contact_id], NOW);
    expect(plan.results[0]).toMatchObject({ status: 'skipped', message: 'Already up to date.' });
  });
});
