import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { USERS } from '../scenarios/reference';
import { setToday } from '../rules/dates';
import type { ListQuery } from '../../src/api/schemas';
import { listContacts, matchingContacts, parseListQuery, searchTokens } from './list-query';
import { addContact, addInvoice, testDb, userOf } from '../rules/rule-fixtures';
import { RuleFailure } from '../rules/failure';

const q = (s = ''): ListQuery => parseListQuery(new URLSearchParams(s));

describe('parseListQuery', () => {
  it('applies defaults and treats empty parameters as absent', () => {
    expect(q('search_text=&filter_by=')).toEqual({
      page: 1,
      per_page: 25,
      filter_by: 'Status.All',
      search_text: '',
      sort_column: 'contact_name',
      sort_order: 'A',
    });
    expect(q('page=3&per_page=200&sort_order=D').page).toBe(3);
  });

  it('clamps per_page above 200 (as Zoho does) and refuses what is out of range with 1001 naming the field', () => {
    expect(q('per_page=500').per_page).toBe(200);
    try {
      q('per_page=0&page=-1');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(RuleFailure);
      expect((err as RuleFailure).errors?.map((e) => e.field).sort()).toEqual(['page', 'per_page']);
    }
  });
});

describe('searchTokens', () => {
  it('lowercases, folds width and splits on any space', () => {
    expect(searchTokens('  ＡＣＭＥ　Tokyo ')).toEqual(['acme', 'tokyo']);
  });
});

describe('listContacts', () => {
  beforeEach(() => setToday('2026-06-15'));
  afterEach(() => setToday(null));

  function world() {
    const db = testDb();
    const a = addContact(db, { contact_name: 'Alpha', owner_id: USERS.assignedA });
    const b = addContact(db, { contact_name: 'alpha', owner_id: USERS.assignedB });
    const c = addContact(db, { contact_name: 'Charlie', status: 'inactive', owner_id: USERS.assignedA });
    addInvoice(db, c.contact_id, '2026-06-01');
    addInvoice(db, a.contact_id, '2026-07-01');
    return { db, a, b, c };
  }

  it('counts every match but materialises only the page', () => {
    const { db } = world();
    const page = listContacts(db, userOf(db), q('per_page=1&page=2'));
    expect(page.records.map((r) => r.contact_name)).toEqual(['alpha']);
    expect(page.page_context).toMatchObject({ total: 3, has_more_page: true, page: 2, per_page: 1 });
  });

  it('narrows a typed search from the previous answer, and starts over when anything else changes', () => {
    const { db, a } = world();
    const names = (query: string, user: string = USERS.admin) => listContacts(db, userOf(db, user), q(query)).records.map((r) => r.contact_name);
    expect(names('search_text=a')).toEqual(['Alpha', 'alpha', 'Charlie']);
    expect(names('search_text=al')).toEqual(['Alpha', 'alpha']);
    expect(names('search_text=alp')).toEqual(['Alpha', 'alpha']);
    // Another user, view or a write: a fresh scan, not the narrowed set.
    expect(names('search_text=alph', USERS.assignedA)).toEqual(['Alpha']);
    expect(names('search_text=alpha')).toEqual(['Alpha', 'alpha']);
    db.transactSync((tx) => tx.contacts.put({ ...a, contact_name: 'Alphabet' }));
    expect(names('search_text=alphab')).toEqual(['Alphabet']);
    expect(names('search_text=c')).toEqual(['Charlie']);
    expect(names('search_text=c&filter_by=Status.Active')).toEqual([]);
  });

  it('computes Duplicate among the customers the user can see', () => {
    const { db } = world();
    const dup = (user: string) => listContacts(db, userOf(db, user), q('filter_by=Status.Duplicate')).records.map((r) => r.contact_id);
    expect(dup(USERS.admin)).toHaveLength(2);
    expect(dup(USERS.assignedA)).toEqual([]);
  });

  it('tells overdue from unpaid', () => {
    const { db, a, c } = world();
    const view = (v: string) => listContacts(db, userOf(db), q(`filter_by=${v}`)).records.map((r) => r.contact_id);
    expect(view('Invoice.OverDue')).toEqual([c.contact_id]);
    expect(view('Invoice.Unpaid')).toEqual([a.contact_id, c.contact_id]);
  });

  it('sorts descending as the exact reverse, ties by id', () => {
    const { db, a, b, c } = world();
    const ids = (s: string) => listContacts(db, userOf(db), q(s)).records.map((r) => r.contact_id);
    expect(ids('')).toEqual([a.contact_id, b.contact_id, c.contact_id]);
    expect(ids('sort_order=D')).toEqual([c.contact_id, b.contact_id, a.contact_id]);
  });

  it('follows writes: a new version rebuilds the cached order', () => {
    const { db } = world();
    expect(listContacts(db, userOf(db), q()).page_context.total).toBe(3);
    addContact(db, { contact_name: 'Aardvark' });
    expect(listContacts(db, userOf(db), q()).records[0].contact_name).toBe('Aardvark');
  });

  it('select_all matches exactly what the list would show, across pages', () => {
    const { db } = world();
    const user = userOf(db, USERS.assignedA);
    expect(matchingContacts(db, user, { filter_by: 'Status.All', search_text: '' }).map((r) => r.contact_name)).toEqual(['Alpha', 'Charlie']);
    expect(matchingContacts(db, user, { filter_by: 'Status.Active', search_text: 'alp' })).toHaveLength(1);
  });
});
