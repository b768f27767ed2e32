/**
 * api.md "Limits" on the customer endpoints that take numbers: custom fields of type number
 * (create, update, bulk update, import) and payment terms (bulk update, import). A number that
 * is not finite, reaches 1e12 or has more digits than can be kept exactly is 400/1001 naming
 * the field; nothing is written.
 */
import { describe, expect, it } from 'vitest';
import type { BulkResult, Contact, ImportResult } from '../../src/api/schemas';
import { contactListSchema } from '../../src/api/queries/contacts';
import { call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { seedContact } from './contact-fixtures.test-helper';

/** 12345678901234567.89 as JSON.parse reads it (12345678901234568): the digits are already lost. */
const LOSES_DIGITS = Number('12345678901234567.89');

/** Credit Limit, the reference data's custom field of type number. */
const NUMBER_FIELD = '3';
const BAD_NUMBERS: unknown[] = [1e308, '1e308', 1e12, -1e12, '12345678901234567.89', LOSES_DIGITS, 'NaN', 'Infinity', '0.1000000000000000000001'];

const refusal = (r: Awaited<ReturnType<typeof call>>) => [r.status, r.body.code, r.body.errors?.map((e) => e.field)];
const numberField = (value: unknown) => [{ customfield_id: NUMBER_FIELD, value }];

describe('number custom fields on POST and PUT /contacts', () => {
  useMockApi('empty');

  it('refuses a value that is not a bounded, exactly kept number', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const before = snapshot();
    for (const value of BAD_NUMBERS) {
      const created = await call('POST', '/contacts', { contact_name: 'New', custom_fields: numberField(value) });
      expect(refusal(created), `POST ${String(value)}`).toEqual([400, 1001, ['custom_fields.0.value']]);
      const updated = await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', custom_fields: numberField(value) });
      expect(refusal(updated), `PUT ${String(value)}`).toEqual([400, 1001, ['custom_fields.0.value']]);
    }
    const infinite = await call('POST', '/contacts', `{"contact_name":"New","custom_fields":[{"customfield_id":"${NUMBER_FIELD}","value":1e999}]}`);
    expect(refusal(infinite)).toEqual([400, 1001, ['custom_fields.0.value']]);
    expect(snapshot()).toBe(before);

    const ok = await call<{ contact: Contact }>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', custom_fields: numberField('999,999,999,999.5') });
    expect(ok.body.contact.custom_fields).toMatchObject([{ customfield_id: NUMBER_FIELD, label: 'Credit Limit', value: 999_999_999_999.5 }]);
    expect(contactListSchema.safeParse((await call('GET', '/contacts')).body).success).toBe(true);
  });
});

describe('numbers in POST /contacts/bulk (update)', () => {
  useMockApi('empty');

  it('refuses a number custom field value or payment terms that are not bounded numbers', async () => {
    const a = seedContact({ contact_name: 'A' });
    const ids = [a.contact_id];
    const before = snapshot();
    for (const value of BAD_NUMBERS) {
      const r = await call('POST', '/contacts/bulk', { action: 'update', field: 'custom_field', customfield_id: NUMBER_FIELD, value, contact_ids: ids });
      expect(refusal(r), String(value)).toEqual([400, 1001, ['value']]);
    }
    for (const value of [1e308, '1e308', 'Infinity', 'NaN', -1, 1000, 1.5]) {
      const r = await call('POST', '/contacts/bulk', { action: 'update', field: 'payment_terms', value, contact_ids: ids });
      expect(refusal(r), String(value)).toEqual([400, 1001, ['value']]);
    }
    const raw = `{"action":"update","field":"custom_field","customfield_id":"${NUMBER_FIELD}","value":1e999,"contact_ids":["${a.contact_id}"]}`;
    expect(refusal(await call('POST', '/contacts/bulk', raw))).toEqual([400, 1001, ['value']]);
    expect(snapshot()).toBe(before);

    const ok = await call<{ results: BulkResult[] }>('POST', '/contacts/bulk', {
      action: 'update',
      field: 'custom_field',
      customfield_id: NUMBER_FIELD,
      value: '-999999999999.99',
      contact_ids: ids,
    });
    expect(ok.body.results.map((x) => x.status)).toEqual(['ok']);
    expect(db.tables.contacts.get(a.contact_id)?.custom_fields[0].value).toBe(-999_999_999_999.99);
  });
});

describe('numbers in POST /contacts/import', () => {
  useMockApi('empty');

  it('marks rows whose number cells are not bounded numbers invalid and writes nothing', async () => {
    const before = snapshot();
    const rows = [
      { contact_name: 'Good', payment_terms: 30, custom_fields: numberField('1,500') },
      ...BAD_NUMBERS.map((value, i) => ({ contact_name: `Cf ${i}`, custom_fields: numberField(value) })),
      { contact_name: 'Terms', payment_terms: 1e308 },
      { contact_name: 'Terms text', payment_terms: 'NaN' },
    ];
    const r = await call<{ results: ImportResult[] }>('POST', '/contacts/import', { rows });
    expect([r.status, r.body.code]).toEqual([400, 1001]);
    const n = BAD_NUMBERS.length;
    expect([...new Set(r.body.errors?.map((e) => e.field))]).toEqual([
      ...BAD_NUMBERS.map((_, i) => `rows.${i + 1}.custom_fields.0.value`),
      `rows.${n + 1}.payment_terms`,
      `rows.${n + 2}.payment_terms`,
    ]);
    expect(snapshot()).toBe(before);

    const raw = `{"rows":[{"contact_name":"Huge","custom_fields":[{"customfield_id":"${NUMBER_FIELD}","value":1e999}]}]}`;
    const infinite = await call<{ results: ImportResult[] }>('POST', '/contacts/import', raw);
    expect(refusal(infinite)).toEqual([400, 1001, ['rows.0.custom_fields.0.value']]);
    expect(snapshot()).toBe(before);
  });
});
