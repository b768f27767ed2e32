/** The rules around a merge's master and the customers merged away (api.md "Rules added"). */
import { describe, expect, it } from 'vitest';
import type { BulkResult, Contact } from '../../src/api/schemas';
import { db } from '../runtime';
import { call, snapshot, useMockApi } from '../testing';
import { commentsOf, seedContact, seedInvoice } from './contact-fixtures.test-helper';

type One = { contact: Contact };
type Results = { results: BulkResult[] };

const person = (email: string) => [{ first_name: 'P', email, is_primary_contact: true }];

async function merged() {
  const master = seedContact({ contact_name: 'Master' }, person('m@example.com'));
  const a = seedContact({ contact_name: 'Dup A', is_portal_enabled: true }, person('a@example.com'));
  const b = seedContact({ contact_name: 'Dup B' }, person('b@example.com'));
  seedInvoice(a.contact_id);
  const r = await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id, b.contact_id] });
  expect(r.status).toBe(200);
  return { master, a, b };
}

describe('deleting a merge master', () => {
  useMockApi('empty');

  it('is refused (400/3009) while customers merged into it point at it, and changes nothing', async () => {
    const { master, a } = await merged();
    // The moved invoice alone would be 3002: give the master none, so only the merge link counts.
    db.transactSync((tx) => {
      for (const i of tx.invoices.all()) tx.invoices.delete(i.invoice_id);
    });
    const before = snapshot();
    const r = await call('DELETE', `/contacts/${master.contact_id}`);
    expect([r.status, r.body.code]).toEqual([400, 3009]);
    expect(r.body.message).toBe('Other customers have been merged into this customer, so it cannot be deleted. Mark it as inactive instead.');
    expect(snapshot()).toBe(before);
    expect((await call<One>('GET', `/contacts/${a.contact_id}`)).body.contact.merged_into_contact_name).toBe('Master');
  });

  it('is allowed once no customer points at it any more', async () => {
    const { master, a, b } = await merged();
    db.transactSync((tx) => {
      for (const i of tx.invoices.all()) tx.invoices.delete(i.invoice_id);
    });
    // Re-activating one clears its link; deleting the other removes it.
    expect((await call('POST', `/contacts/${a.contact_id}/active`)).status).toBe(200);
    expect((await call('DELETE', `/contacts/${master.contact_id}`)).body.code).toBe(3009);
    expect((await call('DELETE', `/contacts/${b.contact_id}`)).status).toBe(200);
    expect((await call('DELETE', `/contacts/${master.contact_id}`)).status).toBe(200);
  });

  it('is reported per record by bulk delete, beside the ones that can go', async () => {
    const { master, b } = await merged();
    db.transactSync((tx) => {
      for (const i of tx.invoices.all()) tx.invoices.delete(i.invoice_id);
    });
    const free = seedContact({ contact_name: 'Free' });
    const r = await call<Results>('POST', '/contacts/bulk', { action: 'delete', contact_ids: [master.contact_id, free.contact_id] });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x) => [x.contact_id, x.status])).toEqual([
      [master.contact_id, 'failed'],
      [free.contact_id, 'ok'],
    ]);
    expect(r.body.results[0].message).toMatch(/merged into this customer/);
    expect(db.tables.contacts.has(master.contact_id)).toBe(true);
    expect(db.tables.contacts.get(b.contact_id)?.merged_into_contact_id).toBe(master.contact_id);
  });
});

describe('the master of a merge', () => {
  useMockApi('empty');

  it('must be active (400/3008 on master_contact_id), changing nothing', async () => {
    const master = seedContact({ contact_name: 'Sleeping', status: 'inactive' });
    const a = seedContact({ contact_name: 'Awake' });
    const before = snapshot();
    const r = await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id] });
    expect([r.status, r.body.code]).toEqual([400, 3008]);
    expect(r.body.errors?.map((e) => e.field)).toEqual(['master_contact_id']);
    expect(snapshot()).toBe(before);
    // Inactive customers may still be merged away into an active master.
    const ok = await call('POST', '/contacts/merge', { master_contact_id: a.contact_id, contact_ids: [master.contact_id] });
    expect(ok.status).toBe(200);
  });
});

describe('customers merged away', () => {
  useMockApi('empty');

  it('lose portal access in the merge, with a history line', async () => {
    const { a, b } = await merged();
    expect(db.tables.contacts.get(a.contact_id)?.is_portal_enabled).toBe(false);
    expect(commentsOf(a.contact_id).map((c) => c.operation_type)).toEqual(['merged', 'portal_disabled']);
    expect(commentsOf(b.contact_id).map((c) => c.operation_type)).toEqual(['merged']);
  });

  it('cannot get it back while merged (1001 on is_portal_enabled): one-click, edit or bulk', async () => {
    const { a } = await merged();
    const before = snapshot();
    const one = await call('POST', `/contacts/${a.contact_id}/portal/enable`);
    expect([one.status, one.body.code, one.body.errors?.[0].field]).toEqual([400, 1001, 'is_portal_enabled']);
    expect(one.body.message).toBe('"Dup A" has been merged into another customer, so it cannot have portal access. Mark it as active to use it again.');
    const edit = await call('PUT', `/contacts/${a.contact_id}`, { contact_name: 'Dup A', is_portal_enabled: true });
    expect([edit.status, edit.body.code, edit.body.errors?.[0].field]).toEqual([400, 1001, 'is_portal_enabled']);
    expect(snapshot()).toBe(before);
    const bulk = await call<Results>('POST', '/contacts/bulk', { action: 'enable_portal', contact_ids: [a.contact_id] });
    expect(bulk.body.results.map((x) => x.status)).toEqual(['skipped']);
    expect(db.tables.contacts.get(a.contact_id)?.is_portal_enabled).toBe(false);
    // Other edits of a merged-away customer still work; re-activated, it may have the portal again.
    expect((await call('PUT', `/contacts/${a.contact_id}`, { contact_name: 'Dup A', notes: 'kept for the record' })).status).toBe(200);
    expect((await call('POST', `/contacts/${a.contact_id}/active`)).status).toBe(200);
    expect((await call('POST', `/contacts/${a.contact_id}/portal/enable`)).status).toBe(200);
  });
});
