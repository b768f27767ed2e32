/** PUT /contacts by a unique custom field's value (Zoho's upsert), and that field's uniqueness. */
import { describe, expect, it } from 'vitest';
import type { Contact, CustomField } from '../../src/api/schemas';
import { db } from '../runtime';
import { CUSTOM_FIELDS, USERS } from '../scenarios/reference';
import { actAs, BASE, snapshot, useMockApi } from '../testing';
import { fields, seedContact } from './contact-fixtures.test-helper';

type Answer = { status: number; body: { code: number; message: string; contact: Contact; errors?: { field: string }[] } };

async function upsert(body: unknown, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${BASE}/contacts`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const code = (value: string) => ({ 'X-Unique-Identifier-Key': 'cf_customer_code', 'X-Unique-Identifier-Value': value });
const codeOf = (c: Contact) => c.custom_fields.find((f) => f.customfield_id === CUSTOM_FIELDS.code)?.value;

describe('upsert by a unique custom field', () => {
  useMockApi('empty');

  it('lists custom fields with api_name and is_unique (Customer Code is the unique one)', async () => {
    const res = await fetch(`${BASE}/settings/customfields?entity=contact`);
    const { customfields } = (await res.json()) as { customfields: CustomField[] };
    expect(customfields.find((f) => f.customfield_id === CUSTOM_FIELDS.code)).toMatchObject({ api_name: 'cf_customer_code', is_unique: true });
    expect(customfields.filter((f) => f.is_unique)).toHaveLength(1);
  });

  it('updates the customer holding the value, only the fields sent', async () => {
    const c = seedContact({ contact_name: 'Acme', website: 'acme.example', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'AC-1' }] });
    const r = await upsert({ contact_name: 'Acme', company_name: 'Acme Holdings' }, code('AC-1'));
    expect([r.status, r.body.message]).toEqual([200, 'Contact information has been saved.']);
    expect(r.body.contact).toMatchObject({ contact_id: c.contact_id, contact_name: 'Acme', company_name: 'Acme Holdings', website: 'acme.example' });
    expect(db.tables.contacts.all()).toHaveLength(1);
  });

  it('creates one with X-Upsert: true when none matches, carrying the value', async () => {
    const r = await upsert({ contact_name: 'Globex' }, { ...code('GX-9'), 'X-Upsert': 'true' });
    expect([r.status, r.body.message]).toEqual([201, 'The contact has been created']);
    expect(codeOf(r.body.contact)).toBe('GX-9');
    const again = await upsert({ contact_name: 'Globex', notes: 'Second call' }, { ...code('GX-9'), 'X-Upsert': 'true' });
    expect([again.status, again.body.contact.contact_id, again.body.contact.notes]).toEqual([200, r.body.contact.contact_id, 'Second call']);
  });

  it('refuses: no match without X-Upsert (404), a non-unique or unknown key or no headers (1001), a hidden match (404)', async () => {
    seedContact({ contact_name: 'Theirs', owner_id: USERS.assignedB, custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'TH-1' }] });
    const before = snapshot();
    const missing = await upsert({ contact_name: 'Nobody' }, code('NONE'));
    expect([missing.status, missing.body.code, missing.body.message]).toEqual([404, 1002, 'Contact does not exist.']);
    const region = await upsert({}, { 'X-Unique-Identifier-Key': 'cf_region', 'X-Unique-Identifier-Value': 'Kanto', 'X-Upsert': 'true' });
    expect([region.status, region.body.code, fields(region)]).toEqual([400, 1001, ['X-Unique-Identifier-Key']]);
    expect(fields(await upsert({}, { 'X-Unique-Identifier-Key': 'cf_nope', 'X-Unique-Identifier-Value': 'x' }))).toEqual(['X-Unique-Identifier-Key']);
    expect(fields(await upsert({}, {}))).toEqual(['X-Unique-Identifier-Key']);
    expect(fields(await upsert({}, { 'X-Unique-Identifier-Key': 'cf_customer_code' }))).toEqual(['X-Unique-Identifier-Value']);
    await actAs(USERS.assignedA);
    const hidden = await upsert({ notes: 'x' }, { ...code('TH-1'), 'X-Upsert': 'true' });
    expect([hidden.status, hidden.body.code]).toEqual([404, 1002]);
    expect(snapshot()).toBe(before);
  });

  it('keeps a unique value on one customer: a create or edit taking one already held is 1001', async () => {
    const a = seedContact({ contact_name: 'A', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'AC-1' }] });
    const b = seedContact({ contact_name: 'B' });
    const put = await fetch(`${BASE}/contacts/${b.contact_id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact_name: 'B', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'AC-1' }] }),
    });
    const body = (await put.json()) as Answer['body'];
    expect([put.status, body.code, body.errors?.map((e) => e.field)]).toEqual([400, 1001, ['custom_fields.0.value']]);
    const same = await fetch(`${BASE}/contacts/${a.contact_id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact_name: 'A', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'AC-1' }] }),
    });
    expect(same.status).toBe(200);
  });
});
