/**
 * api.md "Limits", Text, on every other write path: clone, import, bulk update of a custom
 * field, custom field values, templates, invoice item names, email subject/body, org settings.
 */
import { describe, expect, it } from 'vitest';
import type { Contact, Invoice, OutboxEmail, Preferences, Template } from '../../src/api/schemas';
import { db } from '../runtime';
import { CUSTOM_FIELDS } from '../scenarios/reference';
import { call, snapshot, useMockApi } from '../testing';
import { create, fields, seedContact } from './contact-fixtures.test-helper';

const messageOf = (r: { body: { errors?: { field: string; message: string }[] } }, field: string) => r.body.errors?.find((e) => e.field === field)?.message;

describe('customer write paths', () => {
  useMockApi('empty');

  it('clone: the new name is normalised, checked for uniqueness and refused with controls', async () => {
    const c = await create({ contact_name: 'Acme' });
    const taken = await call('POST', `/contacts/${c.contact_id}/clone`, { contact_name: 'Acme\u200B', currency_id: '2' });
    expect(taken.body.code).toBe(3001);
    const bidi = await call('POST', `/contacts/${c.contact_id}/clone`, { contact_name: 'Acme \u202EEUR', currency_id: '2' });
    expect([bidi.body.code, fields(bidi)]).toEqual([1001, ['contact_name']]);
    const ok = await call<{ contact: Contact }>('POST', `/contacts/${c.contact_id}/clone`, { contact_name: '\uFEFFAcme EUR ', currency_id: '2' });
    expect(ok.body.contact.contact_name).toBe('Acme EUR');
  });

  it('import: rows are checked like a create and a duplicate is found through invisible characters', async () => {
    seedContact({ contact_name: 'Acme' });
    const before = snapshot();
    const bad = await call<{ results: { row: number; status: string }[] }>('POST', '/contacts/import', {
      rows: [{ contact_name: 'Good' }, { contact_name: 'Bad\u0000' }, { contact_name: 'Gamma', company_name: 'G\u2066' }],
    });
    expect(bad.body.code).toBe(1001);
    expect(fields(bad).sort()).toEqual(['rows.1.contact_name', 'rows.2.company_name']);
    expect(snapshot()).toBe(before);
    const dup = await call<{ results: { status: string }[] }>('POST', '/contacts/import', {
      rows: [{ contact_name: 'Ac\u00ADme' }, { contact_name: 'Be\u200Bta' }, { contact_name: 'Beta' }],
      on_duplicate: 'skip',
    });
    expect(dup.body.code).toBe(1001);
    expect(messageOf(dup, 'rows.2.contact_name')).toBe('Same display name as row 2 of the file.');
    const fine = await call<{ results: { status: string }[] }>('POST', '/contacts/import', {
      rows: [{ contact_name: 'Ac\u00ADme' }, { contact_name: 'Be\u200Bta' }],
    });
    expect(fine.body.results.map((r) => r.status)).toEqual(['skipped', 'created']);
    expect(
      db.tables.contacts
        .all()
        .map((x) => x.contact_name)
        .sort(),
    ).toEqual(['Acme', 'Beta']);
  });

  it('custom field text values (contact and bulk update) are normalised, controls refused', async () => {
    const c = await create({ contact_name: 'Fields', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: ' C-1\u200B ' }] });
    expect(c.custom_fields).toMatchObject([{ customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', value: 'C-1' }]);
    const bad = await call('PUT', `/contacts/${c.contact_id}`, {
      contact_name: 'Fields',
      custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'C\u001B2' }],
    });
    expect([bad.body.code, fields(bad)]).toEqual([1001, ['custom_fields.0.value']]);
    expect(messageOf(bad, 'custom_fields.0.value')).toBe('Customer Code contains a control character (U+001B), which is not allowed.');
    const bulk = { action: 'update', contact_ids: [c.contact_id], field: 'custom_field', customfield_id: CUSTOM_FIELDS.code };
    const refused = await call('POST', '/contacts/bulk', { ...bulk, value: 'X\u202E' });
    expect([refused.body.code, fields(refused)]).toEqual([1001, ['value']]);
    expect((await call('POST', '/contacts/bulk', { ...bulk, value: 'Cafe\u0301' })).body.code).toBe(0);
    expect(db.tables.contacts.get(c.contact_id)?.custom_fields[0].value).toBe('Café');
    // Nothing but invisible characters clears the value, as an empty one does.
    expect((await call('POST', '/contacts/bulk', { ...bulk, value: '\u200B' })).body.code).toBe(0);
    expect(db.tables.contacts.get(c.contact_id)?.custom_fields).toEqual([]);
  });
});

describe('other write paths', () => {
  useMockApi('empty');

  it('templates: the name is a name, subject one line, body may span lines', async () => {
    const base = { kind: 'email', document: 'statement', subject: 'Hi', body: 'Dear %CustomerName%,\r\n\r\nThanks.' };
    const ok = await call<{ template: Template }>('POST', '/templates', { ...base, template_name: ' Friendly\u200B ' });
    expect(ok.body.template).toMatchObject({ template_name: 'Friendly', body: 'Dear %CustomerName%,\n\nThanks.' });
    const blank = await call('POST', '/templates', { ...base, template_name: '\u00AD' });
    expect(messageOf(blank, 'template_name')).toBe('Template name is required.');
    const bad = await call('POST', '/templates', { ...base, template_name: 'T\u202E', subject: 'Hi\nBcc: x', body: 'ok\u0000' });
    expect(fields(bad).sort()).toEqual(['body', 'subject', 'template_name']);
  });

  it('invoices: item names are names', async () => {
    const c = seedContact({ contact_name: 'Buyer' });
    const item = (name: string) => ({ customer_id: c.contact_id, line_items: [{ name, rate: 1, quantity: 1 }] });
    const bad = await call('POST', '/invoices', item('Widget\u0007'));
    expect([bad.body.code, fields(bad)]).toEqual([1001, ['line_items.0.name']]);
    expect(messageOf(await call('POST', '/invoices', item('\u200B')), 'line_items.0.name')).toBe('Item name is required.');
    const ok = await call<{ invoice: Invoice }>('POST', '/invoices', item('Cafe\u0301 \u00ADlatte'));
    expect(ok.body.invoice.line_items[0].name).toBe('Café latte');
  });

  it('email: the subject is one line, the body keeps tab and newline, other controls are refused', async () => {
    const c = seedContact({ contact_name: 'Mail' }, [{ first_name: 'Ann', email: 'ann@mail.example' }]);
    const send = (subject: string, body: string) =>
      call<{ email: OutboxEmail }>('POST', `/contacts/${c.contact_id}/email`, { to_mail_ids: ['ann@mail.example'], subject, body });
    const injected = await send('Hello\r\nBcc: eve@evil.example', 'Body');
    expect([injected.body.code, fields(injected)]).toEqual([1001, ['subject']]);
    expect(messageOf(injected, 'subject')).toBe('Subject must be on one line (it contains a tab or a line break).');
    const bell = await send('Hello', 'Body\u0007 \u202E');
    expect([bell.body.code, fields(bell)]).toEqual([1001, ['body']]);
    const ok = await send('Hello', 'Dear Ann,\r\n\tYour statement.');
    expect(ok.body.email.body).toBe('Dear Ann,\n\tYour statement.');
  });

  it('settings: the organisation name is a name', async () => {
    const bad = await call('PUT', '/settings/preferences', { org_name: 'Sakura\u202E' });
    expect([bad.body.code, fields(bad)]).toEqual([1001, ['org_name']]);
    expect((await call('PUT', '/settings/preferences', { org_name: '\u200B' })).body.code).toBe(1001);
    const ok = await call<{ preferences: Preferences }>('PUT', '/settings/preferences', { org_name: 'Sakura\u00AD KK' });
    expect(ok.body.preferences.org_name).toBe('Sakura KK');
  });
});
