import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/api/schemas';
import { USERS } from '../scenarios/reference';
import { RuleFailure } from './failure';
import { applyMerge, planMerge } from './merge';
import { addContact, addInvoice, NOW, testDb, userOf } from './rule-fixtures';

function refusal(fn: () => unknown): RuleFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof RuleFailure) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('planMerge', () => {
  it('is for admins only, checked before anything else', () => {
    const db = testDb();
    for (const user of [USERS.staff, USERS.assignedA]) {
      expect(refusal(() => planMerge(db, userOf(db, user), { master_contact_id: '1', contact_ids: ['2'] })).status).toBe(403);
    }
  });

  it('refuses repeated ids, the master among the others, unknown ids, merged-away ones and mixed currencies', () => {
    const db = testDb();
    const admin = userOf(db);
    const m = addContact(db, { contact_name: 'M' });
    const a = addContact(db, { contact_name: 'A' });
    const gone = addContact(db, { contact_name: 'Gone', merged_into_contact_id: m.contact_id, status: 'inactive' });
    const eur = addContact(db, { contact_name: 'E', currency_id: '2' });
    const plan = (ids: string[], master = m.contact_id) => refusal(() => planMerge(db, admin, { master_contact_id: master, contact_ids: ids }));
    expect(plan([a.contact_id, a.contact_id]).code).toBe(ErrorCode.invalid);
    expect(plan([m.contact_id]).code).toBe(ErrorCode.invalid);
    expect(plan(['999']).code).toBe(ErrorCode.notFound);
    expect(plan([gone.contact_id]).errors?.[0].field).toBe('contact_ids');
    expect(plan([a.contact_id], gone.contact_id).errors?.[0].field).toBe('master_contact_id');
    expect(plan([a.contact_id, eur.contact_id]).code).toBe(ErrorCode.mixedCurrencies);
    const asleep = addContact(db, { contact_name: 'Asleep', status: 'inactive' });
    expect(plan([a.contact_id], asleep.contact_id).code).toBe(ErrorCode.masterInactive);
    expect(plan([a.contact_id], asleep.contact_id).errors?.[0].field).toBe('master_contact_id');
  });
});

describe('applyMerge', () => {
  it('moves invoices and history, adds credits and links the merged customers', () => {
    const db = testDb();
    const m = addContact(db, { contact_name: 'M', unused_credits_minor: 5 });
    const a = addContact(db, { contact_name: 'A', unused_credits_minor: 7 });
    addInvoice(db, a.contact_id);
    db.transactSync((tx) =>
      tx.comments.put({
        comment_id: tx.nextId('comment'),
        contact_id: a.contact_id,
        description: 'Old note',
        operation_type: 'updated',
        commented_by: 'x',
        date: '2026-01-01',
        time: NOW,
      }),
    );
    const plan = planMerge(db, userOf(db), { master_contact_id: m.contact_id, contact_ids: [a.contact_id] });
    const master = db.transactSync((tx) => applyMerge(tx, db, plan, 'Aiko', NOW));
    expect(master.unused_credits_minor).toBe(12);
    expect(db.tables.invoices.all().map((i) => i.customer_id)).toEqual([m.contact_id]);
    expect(db.tables.contacts.get(a.contact_id)).toMatchObject({ status: 'inactive', merged_into_contact_id: m.contact_id, unused_credits_minor: 0 });
    const byContact = (id: string) =>
      db.tables.comments
        .all()
        .filter((c) => c.contact_id === id)
        .map((c) => c.description);
    expect(byContact(m.contact_id)).toEqual(['Old note (from "A")', 'Merged A']);
    expect(byContact(a.contact_id)).toEqual(['Merged into M']);
  });

  it('takes portal access away from the merged customers, saying so in their history', () => {
    const db = testDb();
    const m = addContact(db, { contact_name: 'M', is_portal_enabled: true });
    const a = addContact(db, { contact_name: 'A', is_portal_enabled: true });
    const plan = planMerge(db, userOf(db), { master_contact_id: m.contact_id, contact_ids: [a.contact_id] });
    db.transactSync((tx) => applyMerge(tx, db, plan, 'Aiko', NOW));
    expect(db.tables.contacts.get(m.contact_id)?.is_portal_enabled).toBe(true);
    expect(db.tables.contacts.get(a.contact_id)?.is_portal_enabled).toBe(false);
    expect(
      db.tables.comments
        .all()
        .filter((c) => c.contact_id === a.contact_id)
        .map((c) => c.description),
    ).toEqual(['Merged into M', 'Client portal access disabled (merged into M).']);
  });
});
