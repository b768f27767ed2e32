import { describe, expect, it } from 'vitest';
import { sortColumns } from '../../src/api/schemas';
import type { Database } from './store';
import { contactsNamed, foldText, nameKeyCount, searchKeyOf, sortedContacts, warmSearchKeys } from './contact-index';
import { addContact, testDb } from '../rules/rule-fixtures';

const ids = (db: Database, column: (typeof sortColumns)[number]) => sortedContacts(db, column).map((e) => e.record.contact_id);

/** The same data in a fresh Database: its index is built from scratch, never patched. */
function rebuilt(db: Database): Database {
  const copy = testDb();
  copy.transactSync((tx) => {
    for (const c of db.tables.contacts.all()) tx.contacts.put(c);
  });
  return copy;
}

describe('contact index', () => {
  it('folds width and case, and indexes persons and phone digits', () => {
    expect(foldText('ＡＢＣ Ｄｅ')).toBe('abc de');
    const key = searchKeyOf({
      ...addContact(testDb(), { contact_name: 'Acme', phone: '03-1234' }, [{ first_name: 'Ann', last_name: 'Lee', email: 'ann@x.example' }]),
    });
    for (const part of ['acme', '031234', 'ann lee', 'lee ann', 'ann@x.example']) expect(key).toContain(part);
  });

  it('patches its cached orders after writes exactly as a fresh build would sort', () => {
    const db = testDb();
    const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo', 'alpha', 'Foxtrot', 'golf'];
    for (const [i, n] of names.entries())
      addContact(db, { contact_name: n, company_name: names[(i * 3) % names.length], email: `${n}@x.example`, unused_credits_minor: i * 7 });
    for (const column of sortColumns) sortedContacts(db, column); // cache every order
    // Rename, delete, add, and re-put an unchanged copy: each kind of change the patch handles.
    db.transactSync((tx) => {
      const c = tx.contacts.get('3');
      if (c) tx.contacts.put({ ...c, contact_name: 'Zulu', company_name: 'aaa', unused_credits_minor: 1 });
      tx.contacts.delete('5');
      const d = tx.contacts.get('2');
      if (d) tx.contacts.put({ ...d });
    });
    addContact(db, { contact_name: 'Aardvark', company_name: 'mmm' });
    const fresh = rebuilt(db);
    for (const column of sortColumns) {
      expect(ids(db, column), column).toEqual(ids(fresh, column));
    }
    expect(contactsNamed(db, 'ALPHA').map((c) => c.contact_name)).toEqual(['Alpha', 'alpha']);
    expect(contactsNamed(db, 'charlie')).toEqual([]);
    expect(nameKeyCount(db, 'zulu')).toBe(1);
  });

  it('keeps a name map built before writes in step with the records', () => {
    const db = testDb();
    for (const n of ['Alpha', 'Bravo', 'bravo']) addContact(db, { contact_name: n });
    expect(nameKeyCount(db, 'bravo')).toBe(2); // the map exists from here on, and is patched
    db.transactSync((tx) => {
      const c = tx.contacts.get('1');
      if (c) tx.contacts.put({ ...c, contact_name: 'B R A V O' });
      tx.contacts.delete('2');
    });
    expect(contactsNamed(db, 'bravo').map((c) => c.contact_id)).toEqual(['1', '3']);
    expect(nameKeyCount(db, 'alpha')).toBe(0);
  });

  it('warms every search key in slices', () => {
    const db = testDb();
    for (let i = 0; i < 5; i++) addContact(db, { contact_name: `Co ${i}` });
    const queue: (() => void)[] = [];
    warmSearchKeys(db, (step) => queue.push(step), 2);
    const entries = () => sortedContacts(db, 'contact_name');
    queue.shift()?.(); // builds the index and the first slice
    expect(entries().filter((e) => e.search !== null)).toHaveLength(2);
    while (queue.length) queue.shift()?.();
    expect(entries().every((e) => e.search === searchKeyOf(e.record))).toBe(true);
  });
});
