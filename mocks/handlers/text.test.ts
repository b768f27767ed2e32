/**
 * api.md "Limits", Text, on the customer endpoints: names are NFC and lose invisible characters
 * before uniqueness and duplicate checks; control characters, bidi overrides and lone
 * surrogates are 1001 naming the field.
 */
import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../../src/api/schemas';
import { call, snapshot, useMockApi } from '../testing';
import { allowDuplicateNames, create, fields, seedContact } from './contact-fixtures.test-helper';

type List = { contacts: ContactSummary[] };
type Groups = { duplicate_groups: { reason: string; contacts: ContactSummary[] }[] };

const messageOf = (r: { body: { errors?: { field: string; message: string }[] } }, field: string) => r.body.errors?.find((e) => e.field === field)?.message;

describe('display names: invisible characters and NFC', () => {
  useMockApi('empty');

  it('stores the name without invisible characters, so "Acme\\u200B" is taken by "Acme" (3001)', async () => {
    await create({ contact_name: 'Acme' });
    for (const name of ['Acme\u200B', '\uFEFFAcme', 'Ac\u00ADme', 'Ac\u200Dme', 'Acme\u2060', '\u200CAcme']) {
      const r = await call('POST', '/contacts', { contact_name: name });
      expect([r.status, r.body.code], name).toEqual([400, 3001]);
      expect(r.body.message).toBe('A customer with the display name "Acme" already exists.');
    }
    const other = await create({ contact_name: 'Be\u200Bta\u00AD' });
    expect(other.contact_name).toBe('Beta');
  });

  it('refuses a name made only of invisible characters as required (1001)', async () => {
    const r = await call('POST', '/contacts', { contact_name: '\u200B\u200D\uFEFF\u00AD\u2060 ' });
    expect([r.status, r.body.code]).toEqual([400, 1001]);
    expect(messageOf(r, 'contact_name')).toBe('Display name is required.');
    const c = await create({ contact_name: 'Named' });
    const put = await call('PUT', `/contacts/${c.contact_id}`, { contact_name: '\u200B' });
    expect(messageOf(put, 'contact_name')).toBe('Display name is required.');
    const clone = await call('POST', `/contacts/${c.contact_id}/clone`, { contact_name: '\u00AD\uFEFF', currency_id: '2' });
    expect([clone.body.code, messageOf(clone, 'contact_name')]).toEqual([1001, 'Display name is required.']);
  });

  it('stores names NFC, so "Cafe\\u0301" and "Café" are the same name (3001)', async () => {
    const decomposed = await create({ contact_name: 'Cafe\u0301', company_name: 'Cafe\u0301 Ltd' });
    expect(decomposed.contact_name).toBe('Café');
    expect(decomposed.contact_name).toHaveLength(4);
    expect(decomposed.company_name).toBe('Café Ltd');
    const r = await call('POST', '/contacts', { contact_name: 'Café' });
    expect([r.status, r.body.code]).toEqual([400, 3001]);
  });

  it('puts "Acme" and "Ac\\u00ADme" in the Duplicate view and the merge suggestions', async () => {
    allowDuplicateNames();
    const a = await create({ contact_name: 'Acme' });
    const b = await create({ contact_name: 'Ac\u00ADme' });
    // A record stored before the rule (or by a snapshot) is grouped too: the keys ignore them.
    const c = seedContact({ contact_name: 'ACME\u200B' });
    seedContact({ contact_name: 'Other' });
    const view = await call<List>('GET', '/contacts?filter_by=Status.Duplicate');
    expect(view.body.contacts.map((x) => x.contact_id).sort()).toEqual([a.contact_id, b.contact_id, c.contact_id].sort());
    const groups = await call<Groups>('GET', '/contacts/duplicates');
    const byName = groups.body.duplicate_groups.filter((g) => g.reason === 'name');
    expect(byName.map((g) => g.contacts.map((x) => x.contact_id))).toEqual([[a.contact_id, b.contact_id, c.contact_id]]);
  });
});

describe('control characters, bidi overrides and lone surrogates', () => {
  useMockApi('empty');

  it('refuses a bidi override in company_name with 1001 naming it', async () => {
    const before = snapshot();
    const r = await call('POST', '/contacts', { contact_name: 'Acme', company_name: 'Acme \u202Egnp.exe' });
    expect([r.status, r.body.code]).toEqual([400, 1001]);
    expect(fields(r)).toEqual(['company_name']);
    expect(messageOf(r, 'company_name')).toBe('Company name contains a text-direction control character (U+202E), which is not allowed.');
    for (const ch of ['\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const x = await call('POST', '/contacts', { contact_name: `A${ch}B` });
      expect([x.body.code, fields(x)], JSON.stringify(ch)).toEqual([1001, ['contact_name']]);
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses lone surrogates, high and low (JSON "\\ud800" parses to one), and keeps emoji', async () => {
    for (const body of ['{"contact_name":"Acme \\ud800"}', '{"contact_name":"\\udfff Acme"}']) {
      const r = await call('POST', '/contacts', body);
      expect([r.status, r.body.code]).toEqual([400, 1001]);
      expect(fields(r)).toEqual(['contact_name']);
      expect(messageOf(r, 'contact_name')).toMatch(/^Display name contains a broken character \(an unpaired surrogate U\+D[8F]\w\w\)/);
    }
    const emoji = await create({ contact_name: 'Acme 🍣 \u{1F468}\u200D\u{1F469}' });
    // A zero width joiner between two emoji is part of the emoji people see: names keep it.
    expect(emoji.contact_name).toBe('Acme 🍣 \u{1F468}\u200D\u{1F469}');
  });

  it('refuses C0 and C1 controls in names, allows tab and newline only in multi-line fields', async () => {
    for (const [field, value] of [
      ['contact_name', 'Acme\u0000'],
      ['contact_name', 'Ac\u0007me'],
      ['contact_name', 'Ac\tme'],
      ['contact_name', 'Ac\nme'],
      ['contact_name', 'Acme\u0085'],
      ['company_name', 'Acme\u009B31m'],
      ['first_name', 'Ann\u001B[2J'],
      ['website', 'https://acme.example/\u0008'],
    ] as const) {
      const r = await call('POST', '/contacts', { contact_name: 'Acme', [field]: value });
      expect([r.body.code, fields(r)], JSON.stringify(value)).toEqual([1001, [field]]);
    }
    const lines = await create({
      contact_name: 'Lines',
      notes: 'First line\r\n\tSecond line',
      billing_address: { address: '1-2-3 Chiyoda\nSecond floor', city: 'Tokyo' },
    });
    expect(lines.notes).toBe('First line\n\tSecond line');
    expect(lines.billing_address.address).toBe('1-2-3 Chiyoda\nSecond floor');
    const noteBell = await call('POST', '/contacts', { contact_name: 'Bell', notes: 'ding\u0007' });
    expect([noteBell.body.code, fields(noteBell)]).toEqual([1001, ['notes']]);
    const city = await call('POST', '/contacts', { contact_name: 'City', shipping_address: { city: 'Osaka\nKita' } });
    expect([city.body.code, fields(city)]).toEqual([1001, ['shipping_address.city']]);
  });

  it('checks contact persons, in the contact body and on the persons endpoints', async () => {
    const r = await call('POST', '/contacts', {
      contact_name: 'P',
      contact_persons: [{ first_name: 'Ann', designation: 'CEO\u202E', is_primary_contact: true }],
    });
    expect([r.body.code, fields(r)]).toEqual([1001, ['contact_persons.0.designation']]);
    const c = await create({ contact_name: 'Persons' });
    const add = await call('POST', '/contacts/contactpersons', { contact_id: c.contact_id, first_name: 'Ann\u0000', department: 'Sales\u2067' });
    expect([add.body.code, fields(add).sort()]).toEqual([1001, ['department', 'first_name']]);
    const ok = await call<{ contact_person: { contact_person_id: string; first_name: string; last_name: string } }>('POST', '/contacts/contactpersons', {
      contact_id: c.contact_id,
      first_name: ' \u200BAnn ',
      last_name: 'Jose\u0301',
    });
    expect(ok.body.contact_person).toMatchObject({ first_name: 'Ann', last_name: 'José' });
    const put = await call('PUT', `/contacts/contactpersons/${ok.body.contact_person.contact_person_id}`, { salutation: 'Dr.\udc00' });
    expect([put.body.code, fields(put)]).toEqual([1001, ['salutation']]);
  });
});
