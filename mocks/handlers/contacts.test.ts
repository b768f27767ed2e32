import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/api/schemas';
import { actAs, call, useMockApi } from '../testing';
import { db } from '../runtime';
import { allowDuplicateNames, commentsOf, create, fields, seedContact, seedPayment } from './contact-fixtures.test-helper';

type One = { contact: Contact };

describe('POST /contacts', () => {
  useMockApi('empty');

  it('creates a contact whose top-level person fields become the primary contact person', async () => {
    const r = await call<One>('POST', '/contacts', {
      contact_name: 'Acme Corp',
      salutation: 'Ms.',
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'ann@acme.example',
      phone: '555-0100',
      payment_terms: 15,
      currency_id: '3',
      custom_fields: [
        { customfield_id: '3', value: '1,500' },
        { customfield_id: '2', value: 'Kanto' },
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('The contact has been created');
    const c = r.body.contact;
    expect(c).toMatchObject({ contact_name: 'Acme Corp', email: 'ann@acme.example', phone: '555-0100', currency_code: 'JPY' });
    expect(c.payment_terms_label).toBe('Net 15');
    expect(c.contact_persons).toHaveLength(1);
    expect(c.contact_persons[0]).toMatchObject({ first_name: 'Ann', last_name: 'Lee', salutation: 'Ms.', is_primary_contact: true });
    expect(c.custom_fields).toMatchObject([
      { customfield_id: '2', label: 'Region', value: 'Kanto' },
      { customfield_id: '3', label: 'Credit Limit', value: 1500 },
    ]);
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['created']);
    expect(commentsOf(c.contact_id)[0].commented_by).toBe('Aiko Tanaka');
  });

  it('mirrors the primary of a persons list and defaults to the org currency', async () => {
    const c = await create({
      contact_name: 'Beta',
      contact_persons: [
        { first_name: 'X', email: 'x@beta.example' },
        { first_name: 'Y', email: 'y@beta.example', mobile: '090', is_primary_contact: true },
      ],
    });
    expect(c.email).toBe('y@beta.example');
    expect(c.mobile).toBe('090');
    expect(c.currency_id).toBe('1');
    expect(c.contact_persons.filter((p) => p.is_primary_contact)).toHaveLength(1);
  });

  it('answers 1001 naming each invalid field', async () => {
    const r = await call('POST', '/contacts', { email: 'not-an-email' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(1001);
    expect(fields(r)).toEqual(expect.arrayContaining(['contact_name', 'email']));
    expect(r.body.errors?.find((e) => e.field === 'contact_name')?.message).toBe('Display name is required.');

    const long = await call('POST', '/contacts', { contact_name: 'x'.repeat(201) });
    expect(fields(long)).toEqual(['contact_name']);

    const refs = await call('POST', '/contacts', {
      contact_name: 'Refs',
      currency_id: '99',
      pricebook_id: '99',
      custom_fields: [
        { customfield_id: '3', value: 'lots' },
        { customfield_id: '2', value: 'Mars' },
        { customfield_id: '4', value: '2026-02-30' },
        { customfield_id: '77', value: 'x' },
      ],
      default_templates: { statement_template_id: '7' },
    });
    expect(refs.body.code).toBe(1001);
    expect(fields(refs).sort()).toEqual(
      [
        'currency_id',
        'pricebook_id',
        'custom_fields.0.value',
        'custom_fields.1.value',
        'custom_fields.2.value',
        'custom_fields.3.customfield_id',
        'default_templates.statement_template_id',
      ].sort(),
    );
  });

  it('requires exactly one primary contact person', async () => {
    const none = await call('POST', '/contacts', { contact_name: 'P', contact_persons: [{ first_name: 'A' }, { first_name: 'B' }] });
    expect(none.body.code).toBe(1001);
    expect(fields(none)).toEqual(['contact_persons']);
    const two = await call('POST', '/contacts', {
      contact_name: 'P',
      contact_persons: [
        { first_name: 'A', is_primary_contact: true },
        { first_name: 'B', is_primary_contact: true },
      ],
    });
    expect(fields(two)).toEqual(['contact_persons']);
  });

  it('answers 1038 for a body that is not JSON', async () => {
    const r = await call('POST', '/contacts', '{"contact_name":');
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(1038);
  });

  it('refuses a display name already used (3001), ignoring case and spaces, unless the org allows it', async () => {
    await create({ contact_name: 'Acme  Corp' });
    const r = await call('POST', '/contacts', { contact_name: 'acme corp' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(3001);
    expect(fields(r)).toEqual(['contact_name']);
    allowDuplicateNames();
    expect((await call('POST', '/contacts', { contact_name: 'acme corp' })).status).toBe(201);
  });

  it('needs an email for the portal (3005)', async () => {
    const r = await call('POST', '/contacts', { contact_name: 'P', is_portal_enabled: true });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(3005);
    const okPortal = await create({ contact_name: 'P', is_portal_enabled: true, email: 'p@example.com' });
    expect(okPortal.is_portal_enabled).toBe(true);
  });

  it('accepts only active staff_assigned owners (3007)', async () => {
    for (const owner of ['2', '5', '99']) {
      const r = await call('POST', '/contacts', { contact_name: `O${owner}`, owner_id: owner });
      expect(r.body.code, owner).toBe(3007);
    }
    const c = await create({ contact_name: 'Owned', owner_id: '3' });
    expect(c.owner_id).toBe('3');
    expect(c.owner_name).toBe('Chika Sato');
  });

  it('lets staff create but not pick an owner; a staff_assigned user owns what they create', async () => {
    await actAs('2');
    expect((await call('POST', '/contacts', { contact_name: 'S', owner_id: '3' })).body.code).toBe(57);
    expect((await create({ contact_name: 'S' })).owner_id).toBe('');
    await actAs('3');
    expect((await create({ contact_name: 'Mine' })).owner_id).toBe('3');
    expect((await create({ contact_name: 'Mine too', owner_id: '3' })).owner_id).toBe('3');
    const r = await call('POST', '/contacts', { contact_name: 'Theirs', owner_id: '4' });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: 57, message: 'You are not authorized to perform this operation.' });
  });
});

describe('GET /contacts/{id}', () => {
  useMockApi('empty');

  it('returns one contact, and 404 for a missing one or one the staff_assigned user may not see', async () => {
    const theirs = seedContact({ contact_name: 'Theirs', owner_id: '4' });
    const r = await call<One>('GET', `/contacts/${theirs.contact_id}`);
    expect(r.body).toMatchObject({ code: 0, message: 'success' });
    expect(r.body.contact.owner_name).toBe('Diego Ruiz');
    const missing = await call('GET', '/contacts/999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 1002, message: 'Contact does not exist.' });
    await actAs('3');
    expect((await call('GET', `/contacts/${theirs.contact_id}`)).status).toBe(404);
    await actAs('4');
    expect((await call('GET', `/contacts/${theirs.contact_id}`)).status).toBe(200);
  });
});

describe('PUT /contacts/{id}', () => {
  useMockApi('empty');

  it('saves, changing only the fields sent, deleting persons left out', async () => {
    const c = await create({
      contact_name: 'Acme',
      company_name: 'Acme KK',
      notes: 'keep me',
      contact_persons: [
        { first_name: 'A', email: 'a@acme.example', is_primary_contact: true },
        { first_name: 'B', email: 'b@acme.example' },
      ],
    });
    const [a] = c.contact_persons;
    const r = await call<One>('PUT', `/contacts/${c.contact_id}`, {
      contact_name: 'Acme Trading',
      contact_persons: [{ ...a, last_name: 'Alpha' }],
    });
    expect(r.status).toBe(200);
    expect(r.body.message).toBe('Contact information has been saved.');
    const u = r.body.contact;
    expect(u).toMatchObject({ contact_name: 'Acme Trading', company_name: 'Acme KK', notes: 'keep me' });
    expect(u.contact_persons).toEqual([{ ...a, last_name: 'Alpha' }]);
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['created', 'updated']);
  });

  it('writes top-level person fields through to the primary person', async () => {
    const c = await create({ contact_name: 'Acme', first_name: 'Ann', email: 'ann@acme.example' });
    const u = (await call<One>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', email: 'new@acme.example', last_name: 'Lee' })).body.contact;
    expect(u.email).toBe('new@acme.example');
    expect(u.contact_persons).toHaveLength(1);
    expect(u.contact_persons[0]).toMatchObject({
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'new@acme.example',
      contact_person_id: c.contact_persons[0].contact_person_id,
    });
  });

  it('refuses a stale write (409 3010) and accepts a current one', async () => {
    const c = await create({ contact_name: 'Acme' });
    const first = await call<One>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme 2', last_modified_time: c.last_modified_time });
    expect(first.status).toBe(200);
    const stale = await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme 3', last_modified_time: c.last_modified_time });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe(3010);
    expect(db.tables.contacts.get(c.contact_id)?.contact_name).toBe('Acme 2');
  });

  it('locks the currency once the customer has transactions (3004)', async () => {
    const c = await create({ contact_name: 'Acme' });
    expect((await call<One>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', currency_id: '2' })).body.contact.currency_code).toBe('EUR');
    seedPayment(c.contact_id);
    const r = await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', currency_id: '1' });
    expect(r.body.code).toBe(3004);
    expect(fields(r)).toEqual(['currency_id']);
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', currency_id: '2', notes: 'ok' })).status).toBe(200);
  });

  it('refuses renaming onto another name (3001), and enabling the portal without email (3005)', async () => {
    await create({ contact_name: 'Taken' });
    const c = await create({ contact_name: 'Free' });
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: ' TAKEN ' })).body.code).toBe(3001);
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'FREE' })).status).toBe(200);
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'FREE', is_portal_enabled: true })).body.code).toBe(3005);
  });

  it('lets only admins change owners, to active staff_assigned users, with a history line', async () => {
    const c = await create({ contact_name: 'Acme' });
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: '2' })).body.code).toBe(3007);
    expect((await call<One>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: '3' })).body.contact.owner_id).toBe('3');
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toContain('owner_changed');
    await actAs('2');
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: '4' })).status).toBe(403);
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: '3', notes: 'same owner' })).status).toBe(200);
    await actAs('3');
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', notes: 'mine' })).status).toBe(200);
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: null })).status).toBe(403);
    await actAs('4');
    expect((await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme' })).status).toBe(404);
  });

  it('answers 1001, 1038 and 404', async () => {
    const c = await create({ contact_name: 'Acme' });
    expect(fields(await call('PUT', `/contacts/${c.contact_id}`, { contact_name: '' }))).toEqual(['contact_name']);
    expect((await call('PUT', `/contacts/${c.contact_id}`, 'nope')).body.code).toBe(1038);
    expect((await call('PUT', '/contacts/999', { contact_name: 'X' })).body.code).toBe(1002);
    const foreign = await call('PUT', `/contacts/${c.contact_id}`, {
      contact_name: 'Acme',
      contact_persons: [{ contact_person_id: '999', first_name: 'Z', is_primary_contact: true }],
    });
    expect(fields(foreign)).toEqual(['contact_persons.0.contact_person_id']);
  });
});
