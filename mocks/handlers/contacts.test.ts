import { describe, expect, it } from 'vitest';
import type { Contact, ContactSummary, PageContext } from '../../src/api/schemas';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { allowDuplicateNames, commentsOf, seedContact, seedInvoice, seedPayment } from './contact-fixtures';

type One = { contact: Contact };
type List = { contacts: ContactSummary[]; page_context: PageContext };

async function create(body: Record<string, unknown>): Promise<Contact> {
  const r = await call<One>('POST', '/contacts', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.contact;
}
const fields = (r: { body: { errors?: { field: string }[] } }) => (r.body.errors ?? []).map((e) => e.field);

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
    expect(c.custom_fields).toEqual([
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
    expect(u.contact_persons[0]).toMatchObject({ first_name: 'Ann', last_name: 'Lee', email: 'new@acme.example', contact_person_id: c.contact_persons[0].contact_person_id });
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
    const foreign = await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', contact_persons: [{ contact_person_id: '999', first_name: 'Z', is_primary_contact: true }] });
    expect(fields(foreign)).toEqual(['contact_persons.0.contact_person_id']);
  });
});

describe('DELETE /contacts/{id}', () => {
  useMockApi('empty');

  it('deletes a customer without transactions, with its history', async () => {
    const c = await create({ contact_name: 'Gone' });
    const r = await call('DELETE', `/contacts/${c.contact_id}`);
    expect(r.body).toMatchObject({ code: 0, message: 'The contact has been deleted.' });
    expect(db.tables.contacts.has(c.contact_id)).toBe(false);
    expect(commentsOf(c.contact_id)).toEqual([]);
    expect((await call('DELETE', `/contacts/${c.contact_id}`)).status).toBe(404);
  });

  it('refuses one with invoices or payments (3002), hinting to mark it inactive', async () => {
    const a = await create({ contact_name: 'Invoiced' });
    const b = await create({ contact_name: 'Paid' });
    seedInvoice(a.contact_id);
    seedPayment(b.contact_id);
    for (const id of [a.contact_id, b.contact_id]) {
      const before = snapshot();
      const r = await call('DELETE', `/contacts/${id}`);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe(3002);
      expect(r.body.message).toMatch(/inactive/);
      expect(snapshot()).toBe(before);
    }
  });

  it('is for admins only; a staff_assigned user gets 404 for customers they cannot see', async () => {
    const own = seedContact({ contact_name: 'Own', owner_id: '3' });
    const other = seedContact({ contact_name: 'Other', owner_id: '4' });
    await actAs('2');
    expect((await call('DELETE', `/contacts/${own.contact_id}`)).status).toBe(403);
    await actAs('3');
    expect((await call('DELETE', `/contacts/${own.contact_id}`)).body.code).toBe(57);
    expect((await call('DELETE', `/contacts/${other.contact_id}`)).body.code).toBe(1002);
    expect(db.tables.contacts.size).toBe(2);
  });
});

describe('one-click actions', () => {
  useMockApi('empty');

  it('marks inactive and active with the exact messages and history', async () => {
    const c = await create({ contact_name: 'Acme' });
    const off = await call<One>('POST', `/contacts/${c.contact_id}/inactive`);
    expect(off.body.message).toBe('The contact has been marked as inactive.');
    expect(off.body.contact.status).toBe('inactive');
    const on = await call<One>('POST', `/contacts/${c.contact_id}/active`);
    expect(on.body.message).toBe('The contact has been marked as active.');
    expect(on.body.contact.status).toBe('active');
    // Repeating an action changes nothing and writes no history.
    await call('POST', `/contacts/${c.contact_id}/active`);
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['created', 'marked_inactive', 'marked_active']);
  });

  it('enables the portal only with an email (3005) and disables it', async () => {
    const bare = await create({ contact_name: 'Bare' });
    const r = await call('POST', `/contacts/${bare.contact_id}/portal/enable`);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(3005);
    const c = await create({ contact_name: 'Mail', email: 'm@example.com' });
    const on = await call<One>('POST', `/contacts/${c.contact_id}/portal/enable`);
    expect(on.body.message).toBe('Client Portal preferences have been updated');
    expect(on.body.contact.is_portal_enabled).toBe(true);
    const off = await call<One>('POST', `/contacts/${c.contact_id}/portal/disable`);
    expect(off.body.contact.is_portal_enabled).toBe(false);
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['created', 'portal_enabled', 'portal_disabled']);
  });

  it('stops and enables reminders', async () => {
    const c = await create({ contact_name: 'Acme' });
    const stop = await call<One>('POST', `/contacts/${c.contact_id}/paymentreminder/disable`);
    expect(stop.body.message).toBe('All reminders associated with this contact have been stopped.');
    expect(stop.body.contact.payment_reminder_enabled).toBe(false);
    const start = await call<One>('POST', `/contacts/${c.contact_id}/paymentreminder/enable`);
    expect(start.body.message).toBe('All reminders associated with this contact have been enabled.');
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['created', 'reminders_stopped', 'reminders_enabled']);
  });

  it('answers 404 for customers the staff_assigned user cannot see', async () => {
    const other = seedContact({ contact_name: 'Other', owner_id: '4' });
    const own = seedContact({ contact_name: 'Own', owner_id: '3' });
    await actAs('3');
    for (const path of ['active', 'inactive', 'portal/enable', 'portal/disable', 'paymentreminder/enable', 'paymentreminder/disable']) {
      expect((await call('POST', `/contacts/${other.contact_id}/${path}`)).status, path).toBe(404);
    }
    expect((await call('POST', `/contacts/${own.contact_id}/inactive`)).status).toBe(200);
  });
});

describe('GET /contacts', () => {
  useMockApi('empty');

  const names = (r: { body: List }) => r.body.contacts.map((c) => c.contact_name);

  it('pages with page_context and refuses per_page above 200', async () => {
    for (let i = 1; i <= 30; i++) seedContact({ contact_name: `C${String(i).padStart(2, '0')}` });
    const first = await call<List>('GET', '/contacts');
    expect(first.body.contacts).toHaveLength(25);
    expect(first.body.page_context).toMatchObject({ page: 1, per_page: 25, has_more_page: true, total: 30, applied_filter: 'Status.All', sort_column: 'contact_name', sort_order: 'A' });
    const second = await call<List>('GET', '/contacts?page=2&per_page=25');
    expect(names(second)).toEqual(['C26', 'C27', 'C28', 'C29', 'C30']);
    expect(second.body.page_context.has_more_page).toBe(false);
    expect((await call<List>('GET', '/contacts?per_page=200')).body.contacts).toHaveLength(30);
    const tooMany = await call('GET', '/contacts?per_page=201');
    expect(tooMany.body.code).toBe(1001);
    expect(fields(tooMany)).toEqual(['per_page']);
    expect(fields(await call('GET', '/contacts?filter_by=Status.Nope&sort_column=x&sort_order=Z&page=0'))).toEqual(
      expect.arrayContaining(['filter_by', 'sort_column', 'sort_order', 'page']),
    );
  });

  it('filters by all eight views', async () => {
    allowDuplicateNames();
    seedContact({ contact_name: 'Active' });
    seedContact({ contact_name: 'Sleepy', status: 'inactive' });
    seedContact({ contact_name: 'Portal', is_portal_enabled: true, email: 'p@example.com' });
    seedContact({ contact_name: 'Twin' });
    seedContact({ contact_name: ' twin ' });
    const late = seedContact({ contact_name: 'Late' });
    const owing = seedContact({ contact_name: 'Owing' });
    const settled = seedContact({ contact_name: 'Settled' });
    seedInvoice(late.contact_id, { dueInDays: -5 });
    seedInvoice(owing.contact_id, { dueInDays: 5 });
    seedInvoice(settled.contact_id, { dueInDays: -5, paid: true });
    const view = async (v: string) => names(await call<List>('GET', `/contacts?filter_by=${v}`));
    expect(await view('Status.All')).toHaveLength(8);
    expect(await view('Status.Active')).not.toContain('Sleepy');
    expect(await view('Status.Inactive')).toEqual(['Sleepy']);
    expect(await view('Status.Duplicate')).toEqual(['Twin', ' twin ']);
    expect(await view('Status.PortalEnabled')).toEqual(['Portal']);
    expect(await view('Status.PortalDisabled')).toHaveLength(7);
    expect(await view('Invoice.OverDue')).toEqual(['Late']);
    expect(await view('Invoice.Unpaid')).toEqual(['Late', 'Owing']);
  });

  it('searches name, company, email, phone and contact persons, ignoring case and width', async () => {
    seedContact({ contact_name: 'Sakura Trading', company_name: 'Sakura KK' }, [{ first_name: 'Hanako', last_name: 'Yamada', email: 'hanako@sakura.example', phone: '03-1234-5678' }]);
    seedContact({ contact_name: 'Acme', company_name: 'Acme Holdings' }, [{ first_name: 'Bob', email: 'bob@acme.example' }]);
    const find = async (q: string) => names(await call<List>('GET', `/contacts?search_text=${encodeURIComponent(q)}`));
    expect(await find('sakura')).toEqual(['Sakura Trading']);
    expect(await find('HOLDINGS')).toEqual(['Acme']);
    expect(await find('bob@acme')).toEqual(['Acme']);
    expect(await find('0312345678')).toEqual(['Sakura Trading']);
    expect(await find('1234-5678')).toEqual(['Sakura Trading']);
    expect(await find('yamada hanako')).toEqual(['Sakura Trading']);
    expect(await find('ＳＡＫＵＲＡ')).toEqual(['Sakura Trading']);
    expect(await find('nobody')).toEqual([]);
    const r = await call<List>('GET', '/contacts?search_text=acme');
    expect(r.body.page_context.total).toBe(1);
  });

  it('sorts by each column in both orders', async () => {
    const b = seedContact({ contact_name: 'beta', company_name: 'Zeta', email: 'a@x.example', unused_credits_minor: 500 });
    seedContact({ contact_name: 'Alpha', company_name: 'Yota', email: 'c@x.example', unused_credits_minor: 100 });
    const c = seedContact({ contact_name: 'Gamma', company_name: 'Xi', email: 'b@x.example' });
    seedInvoice(c.contact_id, { amount: 300 });
    seedInvoice(b.contact_id, { amount: 50 });
    const sorted = async (col: string, order = 'A') => names(await call<List>('GET', `/contacts?sort_column=${col}&sort_order=${order}`));
    expect(await sorted('contact_name')).toEqual(['Alpha', 'beta', 'Gamma']);
    expect(await sorted('contact_name', 'D')).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(await sorted('company_name')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(await sorted('email')).toEqual(['beta', 'Gamma', 'Alpha']);
    expect(await sorted('outstanding_receivable_amount', 'D')).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(await sorted('unused_credits_receivable_amount')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(await sorted('created_time')).toEqual(['beta', 'Alpha', 'Gamma']);
    const r = await call<List>('GET', '/contacts?sort_column=outstanding_receivable_amount&sort_order=D');
    expect(r.body.contacts[0]).toMatchObject({ outstanding_receivable_amount: 300, has_transaction: true });
  });

  it('shows a staff_assigned user only the customers they own', async () => {
    seedContact({ contact_name: 'Mine', owner_id: '3' });
    seedContact({ contact_name: 'Theirs', owner_id: '4' });
    seedContact({ contact_name: 'Nobody' });
    await actAs('3');
    const r = await call<List>('GET', '/contacts');
    expect(names(r)).toEqual(['Mine']);
    expect(r.body.page_context.total).toBe(1);
    await actAs('2');
    expect(names(await call<List>('GET', '/contacts'))).toHaveLength(3);
  });

  it('reflects writes immediately (the cached order follows the data version)', async () => {
    seedContact({ contact_name: 'B' });
    expect(names(await call<List>('GET', '/contacts'))).toEqual(['B']);
    await create({ contact_name: 'A' });
    expect(names(await call<List>('GET', '/contacts'))).toEqual(['A', 'B']);
  });
});
