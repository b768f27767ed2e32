import { describe, expect, it } from 'vitest';
import { USERS } from '../scenarios/reference';
import { importInputSchema } from '../../src/api/schemas';
import { applyImport, planImport } from './import';
import { addContact, NOW, testDb, userOf } from './rule-fixtures';

const input = (v: unknown) => importInputSchema.parse(v);

describe('planImport', () => {
  it('validates every row like a create, plus duplicates within the file, without writing', () => {
    const db = testDb();
    const version = db.version;
    const plan = planImport(
      db,
      userOf(db),
      input({ rows: [{ contact_name: 'A' }, { contact_name: 'a ' }, { contact_name: 'B', owner_id: USERS.staff }, 'junk'] }),
      NOW,
    );
    expect(plan.results.map((r) => [r.row, r.status])).toEqual([
      [1, 'created'],
      [2, 'invalid'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(plan.results[1].message).toBe('Same display name as row 1 of the file.');
    expect(plan.errors.map((e) => e.field)).toEqual(['rows.1.contact_name', 'rows.2.owner_id', 'rows.3']);
    expect(plan.summary).toEqual({ created: 1, updated: 0, overwritten: 0, skipped: 0, invalid: 3 });
    expect(db.version).toBe(version);
  });

  it('overwrites only the fields given, keeping the id', () => {
    const db = testDb();
    const acme = addContact(db, { contact_name: 'Acme', notes: 'old', website: 'acme.example' });
    const plan = planImport(db, userOf(db), input({ rows: [{ contact_name: 'acme', notes: 'new' }], on_duplicate: 'overwrite' }), NOW);
    db.transactSync((tx) => applyImport(tx, db, userOf(db), plan, NOW));
    expect(db.tables.contacts.size).toBe(1);
    expect(db.tables.contacts.get(acme.contact_id)).toMatchObject({ contact_name: 'acme', notes: 'new', website: 'acme.example' });
    expect(plan.results[0].contact_id).toBe(acme.contact_id);
  });

  it('assigns ids in the transaction and records them in the results', () => {
    const db = testDb();
    const plan = planImport(db, userOf(db, USERS.assignedA), input({ rows: [{ contact_name: 'X', first_name: 'Xi' }] }), NOW);
    db.transactSync((tx) => applyImport(tx, db, userOf(db, USERS.assignedA), plan, NOW));
    const created = db.tables.contacts.get(plan.results[0].contact_id ?? '');
    expect(created).toMatchObject({ owner_id: USERS.assignedA });
    expect(created?.contact_persons[0].contact_person_id).not.toBe('0');
  });
});
