/** The audit trail: every write lists what it changed on the customer's history (api.md "Audit trail"). */
import { describe, expect, it } from 'vitest';
import type { Comment, HistoryChange, PageContext } from '../../src/api/schemas';
import { HISTORY_PAGE_SIZE, MAX_COMMENT_LENGTH } from '../../src/api/limits';
import { db } from '../runtime';
import { CUSTOM_FIELDS, USERS } from '../scenarios/reference';
import { actAs, call, useMockApi } from '../testing';
import { fields, seedContact, seedInvoice } from './contact-fixtures.test-helper';

type History = { contact_comments: Comment[]; page_context: PageContext };

const history = async (id: string, query = '') => (await call<History>('GET', `/contacts/${id}/comments${query}`)).body;
const lines = (changes: HistoryChange[] | undefined) => (changes ?? []).map((c) => `${c.label}: ${c.old_value} → ${c.new_value}`);
const latest = async (id: string, operation: string) => (await history(id)).contact_comments.find((c) => c.operation_type === operation);

describe('audit trail', () => {
  useMockApi('empty');

  it('an edit lists each changed field with its label, old and new value, who and when', async () => {
    const c = seedContact({ contact_name: 'Acme', payment_terms: 15, payment_terms_label: 'Net 15' }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    await actAs(USERS.staff);
    const r = await call('PUT', `/contacts/${c.contact_id}`, {
      contact_name: 'Acme',
      payment_terms: 30,
      billing_address: { city: 'Osaka' },
      custom_fields: [{ customfield_id: CUSTOM_FIELDS.region, value: 'Kansai' }],
      contact_persons: [
        { contact_person_id: c.contact_persons[0].contact_person_id, first_name: 'Ann', email: 'ann@acme.example', is_primary_contact: true },
        { first_name: 'Bob', email: 'bob@acme.example' },
      ],
    });
    expect(r.status).toBe(200);
    const entry = await latest(c.contact_id, 'updated');
    expect(entry).toMatchObject({ description: 'Contact information updated.', commented_by: 'Ben Carter', commented_by_id: USERS.staff });
    expect(entry?.time).toBeTruthy();
    expect(lines(entry?.changes)).toEqual(
      expect.arrayContaining([
        'Payment Terms: Net 15 → Net 30',
        'Billing City:  → Osaka',
        'Contact Person Added:  → Bob <bob@acme.example>',
        'Region:  → Kansai',
      ]),
    );
    expect(entry?.changes?.find((x) => x.field === 'payment_terms')).toEqual({
      field: 'payment_terms',
      label: 'Payment Terms',
      old_value: 'Net 15',
      new_value: 'Net 30',
    });
  });

  it('an edit that changes nothing lists no changes', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme' });
    const entry = await latest(c.contact_id, 'updated');
    expect(entry?.changes ?? []).toEqual([]);
  });

  it('a bulk update lists the field on every customer it changed', async () => {
    const a = seedContact({ contact_name: 'A', payment_terms: 15, payment_terms_label: 'Net 15' });
    const b = seedContact({ contact_name: 'B', payment_terms: 45, payment_terms_label: 'Net 45' });
    await call('POST', '/contacts/bulk', { action: 'update', field: 'payment_terms', value: '30', contact_ids: [a.contact_id, b.contact_id] });
    expect(lines((await latest(a.contact_id, 'updated'))?.changes)).toEqual(['Payment Terms: Net 15 → Net 30']);
    expect(lines((await latest(b.contact_id, 'updated'))?.changes)).toEqual(['Payment Terms: Net 45 → Net 30']);
    await call('POST', '/contacts/bulk', { action: 'mark_inactive', contact_ids: [a.contact_id] });
    expect(lines((await latest(a.contact_id, 'marked_inactive'))?.changes)).toEqual(['Status: Active → Inactive']);
  });

  it('an owner change says from whom to whom, in bulk and on the form', async () => {
    const c = seedContact({ contact_name: 'Acme', owner_id: USERS.assignedA });
    await call('POST', '/contacts/bulk', { action: 'assign_owner', owner_id: USERS.assignedB, contact_ids: [c.contact_id] });
    expect((await latest(c.contact_id, 'owner_changed'))?.changes).toEqual([
      { field: 'owner_id', label: 'Owner', old_value: 'Chika Sato', new_value: 'Diego Ruiz' },
    ]);
    await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme', owner_id: USERS.assignedA });
    expect(lines((await latest(c.contact_id, 'updated'))?.changes)).toEqual(['Owner: Diego Ruiz → Chika Sato']);
    // The owner line beside "updated" only describes: the change is listed once.
    expect((await latest(c.contact_id, 'owner_changed'))?.description).toBe('Owner changed to Chika Sato.');
  });

  it('status, portal and reminders list their state before and after', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    await call('POST', `/contacts/${c.contact_id}/inactive`);
    await call('POST', `/contacts/${c.contact_id}/portal/enable`);
    await call('POST', `/contacts/${c.contact_id}/paymentreminder/disable`);
    await call('POST', `/contacts/${c.contact_id}/paymentreminder/enable`);
    expect(lines((await latest(c.contact_id, 'marked_inactive'))?.changes)).toEqual(['Status: Active → Inactive']);
    expect(lines((await latest(c.contact_id, 'portal_enabled'))?.changes)).toEqual(['Portal Access: Disabled → Enabled']);
    expect(lines((await latest(c.contact_id, 'reminders_stopped'))?.changes)).toEqual(['Payment Reminders: Enabled → Stopped']);
    expect(lines((await latest(c.contact_id, 'reminders_enabled'))?.changes)).toEqual(['Payment Reminders: Stopped → Enabled']);
  });

  it('a person removed through the persons API is listed', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann', email: 'ann@acme.example' }, { first_name: 'Bob' }]);
    const bob = c.contact_persons[1];
    await call('DELETE', `/contacts/contactpersons/${bob.contact_person_id}`);
    expect((await latest(c.contact_id, 'contact_person_deleted'))?.changes).toEqual([
      { field: `contact_persons.${bob.contact_person_id}`, label: 'Contact Person Removed', old_value: 'Bob', new_value: '' },
    ]);
  });

  it('a merge says what moved from whom on the master and on the merged-away customer', async () => {
    const master = seedContact({ contact_name: 'Master Co' });
    const old = seedContact({ contact_name: 'Old Co', unused_credits_minor: 500 });
    seedInvoice(old.contact_id);
    seedInvoice(old.contact_id);
    const r = await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [old.contact_id] });
    expect(r.status).toBe(200);
    const onMaster = (await history(master.contact_id)).contact_comments.find(
      (c) => c.operation_type === 'merged' && c.contact_id === master.contact_id && c.description === 'Merged Old Co',
    );
    expect(lines(onMaster?.changes)).toEqual(['Merged from Old Co:  → 2 invoices', 'Unused Credits: USD 0.00 → USD 5.00']);
    const onOld = await latest(old.contact_id, 'merged');
    expect(lines(onOld?.changes)).toEqual([
      'Status: Active → Inactive',
      'Merged Into:  → Master Co',
      'Unused Credits: USD 5.00 → USD 0.00',
      'Invoices (moved to Master Co): 2 → 0',
    ]);
  });

  it('an import that overwrites a customer lists what it changed', async () => {
    const c = seedContact({ contact_name: 'Acme', website: 'old.example' });
    const r = await call('POST', '/contacts/import', { rows: [{ contact_name: 'Acme', website: 'new.example' }], on_duplicate: 'overwrite' });
    expect(r.status).toBe(200);
    const entry = await latest(c.contact_id, 'updated');
    expect(entry?.description).toBe('Contact information updated. (import)');
    expect(lines(entry?.changes)).toContain('Website: old.example → new.example');
  });

  it('adds a comment, and refuses an empty or too long one (1001 on description)', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    for (const description of ['', '   ', 'x'.repeat(MAX_COMMENT_LENGTH + 1)]) {
      const r = await call('POST', `/contacts/${c.contact_id}/comments`, { description });
      expect([r.status, r.body.code, fields(r)]).toEqual([400, 1001, ['description']]);
    }
    expect((await history(c.contact_id)).contact_comments).toEqual([]);
    await call('POST', `/contacts/${c.contact_id}/comments`, { description: 'Called.' });
    expect((await history(c.contact_id)).contact_comments.map((x) => [x.operation_type, x.description, x.changes])).toEqual([
      ['commented', 'Called.', undefined],
    ]);
  });
});

describe('long histories', () => {
  useMockApi('empty');

  function seedHistory(contactId: string, n: number) {
    db.transactSync((tx) => {
      for (let i = 0; i < n; i++) {
        const kind = i % 10 === 0 ? 'commented' : i % 10 === 1 ? 'emailed' : 'updated';
        const time = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        tx.comments.put({
          comment_id: tx.nextId('comment'),
          contact_id: contactId,
          description: `Entry ${i}`,
          operation_type: kind,
          commented_by: 'Aiko Tanaka',
          date: time.slice(0, 10),
          time,
          ...(kind === 'updated' ? { changes: [{ field: 'notes', label: 'Remarks', old_value: String(i - 1), new_value: String(i) }] } : {}),
        });
      }
    });
  }

  it('answers one page of 5,000 entries, newest first, and says how many there are', async () => {
    const c = seedContact({ contact_name: 'Busy' });
    seedHistory(c.contact_id, 5000);
    const first = await history(c.contact_id, `?per_page=${HISTORY_PAGE_SIZE}&page=1`);
    expect(first.contact_comments).toHaveLength(HISTORY_PAGE_SIZE);
    expect(first.contact_comments[0].description).toBe('Entry 4999');
    expect(first.page_context).toMatchObject({ page: 1, per_page: HISTORY_PAGE_SIZE, has_more_page: true, total: 5000 });
    const last = await history(c.contact_id, `?per_page=${HISTORY_PAGE_SIZE}&page=${5000 / HISTORY_PAGE_SIZE}`);
    expect(last.contact_comments.at(-1)?.description).toBe('Entry 0');
    expect(last.page_context.has_more_page).toBe(false);
    // Without paging, Zoho's page of 200 – never all 5,000.
    expect((await history(c.contact_id)).contact_comments).toHaveLength(200);
  });

  it('filters by kind before paging, so a page of comments is full', async () => {
    const c = seedContact({ contact_name: 'Busy' });
    seedHistory(c.contact_id, 5000);
    const comments = await history(c.contact_id, '?show=comments&per_page=20');
    expect(comments.contact_comments).toHaveLength(20);
    expect(comments.contact_comments.every((x) => x.operation_type === 'commented')).toBe(true);
    expect(comments.page_context).toMatchObject({ total: 500, applied_filter: 'Status.Comments' });
    const emails = await history(c.contact_id, '?show=emails&per_page=20');
    expect(emails.contact_comments.every((x) => x.operation_type === 'emailed')).toBe(true);
    const changes = await history(c.contact_id, '?show=changes&per_page=20');
    expect(changes.page_context.total).toBe(4000);
    expect(changes.contact_comments[0].changes).toEqual([{ field: 'notes', label: 'Remarks', old_value: '4998', new_value: '4999' }]);
  });

  it('refuses a bad filter or page (1001)', async () => {
    const c = seedContact({ contact_name: 'Busy' });
    for (const q of ['?show=everything', '?page=0', '?per_page=abc']) {
      const r = await call('GET', `/contacts/${c.contact_id}/comments${q}`);
      expect([r.status, r.body.code]).toEqual([400, 1001]);
    }
  });
});
