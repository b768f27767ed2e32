import { describe, expect, it } from 'vitest';
import type { BulkResult, ImportResult, ImportSummary } from '../../src/api/schemas';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { allowDuplicateNames, commentsOf, seedContact, seedInvoice, seedPayment } from './contact-fixtures.test-helper';

type Bulk = { results: BulkResult[] };
type Import = { results: ImportResult[]; summary: ImportSummary };

const status = (r: { body: Bulk }) => r.body.results.map((x) => [x.contact_name, x.status, x.message]);

describe('POST /contacts/bulk', () => {
  useMockApi('empty');

  it('marks inactive and active with per-record results and history', async () => {
    const a = seedContact({ contact_name: 'A' });
    const b = seedContact({ contact_name: 'B', status: 'inactive' });
    const r = await call<Bulk>('POST', '/contacts/bulk', { action: 'mark_inactive', contact_ids: [a.contact_id, b.contact_id, '999'] });
    expect(r.body.message).toBe('Bulk action completed.');
    expect(status(r)).toEqual([
      ['A', 'ok', 'Marked as inactive.'],
      ['B', 'skipped', 'Already inactive.'],
      ['', 'failed', 'Contact does not exist.'],
    ]);
    expect(commentsOf(a.contact_id).map((c) => c.operation_type)).toEqual(['marked_inactive']);
    const on = await call<Bulk>('POST', '/contacts/bulk', { action: 'mark_active', contact_ids: [a.contact_id, b.contact_id] });
    expect(on.body.results.map((x) => x.status)).toEqual(['ok', 'ok']);
  });

  it('deletes those without transactions and reports the others as failed (3002)', async () => {
    const free = seedContact({ contact_name: 'Free' });
    const busy = seedContact({ contact_name: 'Busy' });
    seedInvoice(busy.contact_id);
    const r = await call<Bulk>('POST', '/contacts/bulk', { action: 'delete', contact_ids: [free.contact_id, busy.contact_id] });
    expect(r.body.results.map((x) => x.status)).toEqual(['ok', 'failed']);
    expect(r.body.results[1].message).toMatch(/transactions.*inactive/);
    expect(db.tables.contacts.has(free.contact_id)).toBe(false);
    expect(db.tables.contacts.has(busy.contact_id)).toBe(true);
  });

  it('enables the portal, skipping customers without an email', async () => {
    const mail = seedContact({ contact_name: 'Mail' }, [{ email: 'm@x.example' }]);
    const bare = seedContact({ contact_name: 'Bare' });
    const r = await call<Bulk>('POST', '/contacts/bulk', { action: 'enable_portal', contact_ids: [mail.contact_id, bare.contact_id] });
    expect(status(r)).toEqual([
      ['Mail', 'ok', 'Portal enabled.'],
      ['Bare', 'skipped', 'No email address'],
    ]);
    expect(db.tables.contacts.get(mail.contact_id)?.is_portal_enabled).toBe(true);
  });

  it('updates currency (skipping customers with transactions), terms, price list and custom fields', async () => {
    const a = seedContact({ contact_name: 'A' });
    const b = seedContact({ contact_name: 'B' });
    seedPayment(b.contact_id);
    const ids = [a.contact_id, b.contact_id];
    const cur = await call<Bulk>('POST', '/contacts/bulk', { action: 'update', field: 'currency_id', value: '3', contact_ids: ids });
    expect(cur.body.results.map((x) => x.status)).toEqual(['ok', 'skipped']);
    expect(db.tables.contacts.get(a.contact_id)?.currency_id).toBe('3');
    expect(db.tables.contacts.get(b.contact_id)?.currency_id).toBe('1');

    await call('POST', '/contacts/bulk', { action: 'update', field: 'payment_terms', value: 60, contact_ids: ids });
    expect(db.tables.contacts.get(b.contact_id)?.payment_terms_label).toBe('Net 60');
    await call('POST', '/contacts/bulk', { action: 'update', field: 'pricebook_id', value: '3', contact_ids: ids });
    expect(db.tables.contacts.get(a.contact_id)?.pricebook_id).toBe('3');
    await call('POST', '/contacts/bulk', { action: 'update', field: 'custom_field', customfield_id: '4', value: '2026-01-31', contact_ids: ids });
    expect(db.tables.contacts.get(a.contact_id)?.custom_fields).toEqual([{ customfield_id: '4', label: 'Contract Date', value: '2026-01-31' }]);

    for (const body of [
      { field: 'currency_id', value: '99' },
      { field: 'payment_terms', value: 'soon' },
      { field: 'pricebook_id', value: '99' },
      { field: 'custom_field', customfield_id: '3', value: 'lots' },
      { field: 'custom_field', customfield_id: '99', value: 'x' },
    ]) {
      const r = await call('POST', '/contacts/bulk', { action: 'update', contact_ids: ids, ...body });
      expect(r.body.code, JSON.stringify(body)).toBe(1001);
    }
  });

  it('assigns owners (admin only, 3007 for an invalid owner) and unassigns with null', async () => {
    const a = seedContact({ contact_name: 'A' });
    const r = await call<Bulk>('POST', '/contacts/bulk', { action: 'assign_owner', owner_id: '4', contact_ids: [a.contact_id] });
    expect(r.body.results[0].status).toBe('ok');
    expect(commentsOf(a.contact_id).map((c) => c.operation_type)).toEqual(['owner_changed']);
    expect((await call('POST', '/contacts/bulk', { action: 'assign_owner', owner_id: '5', contact_ids: [a.contact_id] })).body.code).toBe(3007);
    await call('POST', '/contacts/bulk', { action: 'assign_owner', owner_id: null, contact_ids: [a.contact_id] });
    expect(db.tables.contacts.get(a.contact_id)?.owner_id).toBe('');
  });

  it('refuses delete and assign_owner to non-admins as a whole (403), changing nothing', async () => {
    const a = seedContact({ contact_name: 'A', owner_id: '3' });
    const before = snapshot();
    for (const user of ['2', '3']) {
      await actAs(user);
      expect((await call('POST', '/contacts/bulk', { action: 'delete', contact_ids: [a.contact_id] })).status).toBe(403);
      expect((await call('POST', '/contacts/bulk', { action: 'assign_owner', owner_id: '4', contact_ids: [a.contact_id] })).body.code).toBe(57);
    }
    expect(snapshot()).toBe(before);
  });

  it('applies select_all to what the acting user may see, through the view and search', async () => {
    seedContact({ contact_name: 'Mine One', owner_id: '3' });
    seedContact({ contact_name: 'Mine Two', owner_id: '3', status: 'inactive' });
    seedContact({ contact_name: 'Theirs One', owner_id: '4' });
    await actAs('3');
    const r = await call<Bulk>('POST', '/contacts/bulk', { action: 'mark_inactive', select_all: { filter_by: 'Status.Active', search_text: 'one' } });
    expect(status(r)).toEqual([['Mine One', 'ok', 'Marked as inactive.']]);
    await actAs('1');
    const all = await call<Bulk>('POST', '/contacts/bulk', { action: 'mark_active', select_all: {} });
    expect(all.body.results).toHaveLength(3);
  });

  it('is all-or-nothing: a fault mid-way leaves every table unchanged', async () => {
    const ids = ['A', 'B', 'C'].map((n) => seedContact({ contact_name: n }).contact_id);
    const before = snapshot();
    db.failAfterWrites = 2;
    const r = await call('POST', '/contacts/bulk', { action: 'mark_inactive', contact_ids: ids });
    expect(r.status).toBe(500);
    expect(snapshot()).toBe(before);
  });

  it('answers 1001 for a bad request and 1038 for bad JSON', async () => {
    const r = await call('POST', '/contacts/bulk', { action: 'explode' });
    expect(r.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['action']));
    expect((await call('POST', '/contacts/bulk', { action: 'mark_active' })).body.errors?.[0].field).toBe('contact_ids');
    expect((await call('POST', '/contacts/bulk', '[')).body.code).toBe(1038);
  });
});

describe('POST /contacts/import', () => {
  useMockApi('empty');

  it('creates rows and summarises', async () => {
    const r = await call<Import>('POST', '/contacts/import', {
      rows: [
        { contact_name: 'One', email: 'one@x.example', first_name: 'O' },
        { contact_name: 'Two', currency_id: '3' },
      ],
      on_duplicate: 'skip',
    });
    expect(r.body.message).toBe('Import completed.');
    expect(r.body.summary).toEqual({ created: 2, updated: 0, overwritten: 0, skipped: 0, invalid: 0 });
    const id = r.body.results[0].contact_id ?? '';
    expect(db.tables.contacts.get(id)?.contact_persons[0]).toMatchObject({ first_name: 'O', email: 'one@x.example', is_primary_contact: true });
    expect(commentsOf(id).map((c) => c.operation_type)).toEqual(['created']);
  });

  it('writes nothing when a row is invalid, listing the invalid rows (400 1001)', async () => {
    seedContact({ contact_name: 'Existing', owner_id: '4' });
    const before = snapshot();
    const r = await call<Import>('POST', '/contacts/import', {
      rows: [
        { contact_name: 'Good' },
        { contact_name: '', email: 'bad' },
        { contact_name: 'Dup' },
        { contact_name: ' DUP ' },
        { contact_name: 'Portal', is_portal_enabled: true },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(1001);
    expect(r.body.results.map((x) => [x.row, x.status])).toEqual([
      [2, 'invalid'],
      [4, 'invalid'],
      [5, 'invalid'],
    ]);
    expect(r.body.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['rows.1.contact_name', 'rows.1.email', 'rows.3.contact_name', 'rows.4.is_portal_enabled']),
    );
    expect(snapshot()).toBe(before);

    const skip = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'Good' }, { contact_name: '' }], skip_invalid: true });
    expect(skip.body.summary).toEqual({ created: 1, updated: 0, overwritten: 0, skipped: 0, invalid: 1 });
  });

  it('skips or overwrites duplicates of visible customers, keeping id and transactions', async () => {
    const acme = seedContact({ contact_name: 'Acme', notes: 'old', company_name: 'Acme KK' });
    seedInvoice(acme.contact_id);
    const rows = [{ contact_name: 'ACME', notes: 'new' }, { contact_name: 'Fresh' }];
    const skipped = await call<Import>('POST', '/contacts/import', { rows, on_duplicate: 'skip' });
    expect(skipped.body.summary).toEqual({ created: 1, updated: 0, overwritten: 0, skipped: 1, invalid: 0 });
    expect(db.tables.contacts.get(acme.contact_id)?.notes).toBe('old');

    const over = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'ACME', notes: 'new' }], on_duplicate: 'overwrite' });
    expect(over.body.summary).toEqual({ created: 0, updated: 0, overwritten: 1, skipped: 0, invalid: 0 });
    expect(over.body.results[0].contact_id).toBe(acme.contact_id);
    expect(db.tables.contacts.get(acme.contact_id)).toMatchObject({ notes: 'new', company_name: 'Acme KK' });
    expect(db.tables.invoices.all()[0].customer_id).toBe(acme.contact_id);

    const locked = await call('POST', '/contacts/import', { rows: [{ contact_name: 'Acme', currency_id: '2' }], on_duplicate: 'overwrite' });
    expect(locked.status).toBe(400);
    expect(locked.body.errors?.[0].field).toBe('rows.0.currency_id');
  });

  it('still skips duplicates when the org allows duplicate names', async () => {
    allowDuplicateNames();
    seedContact({ contact_name: 'Acme' });
    const r = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'Acme' }, { contact_name: 'Twin' }, { contact_name: 'twin' }] });
    expect(r.body.summary).toEqual({ created: 2, updated: 0, overwritten: 0, skipped: 1, invalid: 0 });
  });

  it('makes a staff_assigned user the owner, and sees duplicates only among their customers', async () => {
    seedContact({ contact_name: 'Hidden', owner_id: '4' });
    seedContact({ contact_name: 'Mine', owner_id: '3' });
    await actAs('3');
    const r = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'New' }, { contact_name: 'Mine' }], on_duplicate: 'skip' });
    expect(r.body.summary).toEqual({ created: 1, updated: 0, overwritten: 0, skipped: 1, invalid: 0 });
    expect(db.tables.contacts.get(r.body.results[0].contact_id ?? '')?.owner_id).toBe('3');
    // A name taken by a customer they cannot see is not theirs to overwrite: it stays unique.
    const hidden = await call('POST', '/contacts/import', { rows: [{ contact_name: 'Hidden' }], on_duplicate: 'overwrite' });
    expect(hidden.status).toBe(400);
  });

  it("reports a row's owner it may not set, or that is no valid owner, on rows.<i>.owner_id", async () => {
    const ownerFields = (r: { body: Import & { errors?: { field: string }[] } }) => r.body.results.map((x) => x.errors?.map((e) => e.field));
    await actAs('3');
    // Someone else's owner, from a staff_assigned user: theirs to refuse, on the owner column.
    const other = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'Ok' }, { contact_name: 'Theirs', owner_id: '4' }] });
    expect([other.status, other.body.summary.invalid]).toEqual([400, 1]);
    expect(ownerFields(other)).toEqual([['rows.1.owner_id']]);
    expect(other.body.results[0].message).toBe('You are not authorized to perform this operation.');
    await actAs('2');
    const staff = await call<Import>('POST', '/contacts/import', { rows: [{ contact_name: 'Owned', owner_id: '3' }] });
    expect(ownerFields(staff)).toEqual([['rows.0.owner_id']]);
    await actAs('1');
    const invalid = await call<Import>('POST', '/contacts/import', {
      rows: [
        { contact_name: 'Inactive owner', owner_id: '5' },
        { contact_name: 'No owner', owner_id: '99' },
      ],
    });
    expect(ownerFields(invalid)).toEqual([['rows.0.owner_id'], ['rows.1.owner_id']]);
    expect(invalid.body.errors?.map((e) => e.field)).toEqual(['rows.0.owner_id', 'rows.1.owner_id']);
  });

  it('is all-or-nothing under a fault and answers 1001/1038 for a bad request', async () => {
    const before = snapshot();
    db.failAfterWrites = 2;
    expect((await call('POST', '/contacts/import', { rows: [{ contact_name: 'A' }, { contact_name: 'B' }] })).status).toBe(500);
    expect(snapshot()).toBe(before);
    expect((await call('POST', '/contacts/import', { rows: [], on_duplicate: 'merge' })).body.errors?.map((e) => e.field).sort()).toEqual([
      'on_duplicate',
      'rows',
    ]);
    expect((await call('POST', '/contacts/import', '{')).body.code).toBe(1038);
  });
});
