import { describe, expect, it } from 'vitest';
import { USERS } from '../scenarios/reference';
import { db } from '../runtime';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { seedContact, seedInvoice } from './contact-fixtures.test-helper';

const DENIED = [403, 57, 'You are not authorized to perform this operation.'];

/** Customers owned by the inactive user, so visibility is never the reason for a refusal. */
function seedOwnedByInactive() {
  const own = (name: string, email: string) =>
    seedContact({ contact_name: name, owner_id: USERS.assignedInactive }, [{ first_name: name, email, is_primary_contact: true }]);
  const a = own('Emma One', 'one@emma.example');
  const b = own('Emma Two', 'two@emma.example');
  const invoice = seedInvoice(a.contact_id, { amount: 50 });
  return { a, b, person: a.contact_persons[0], invoice };
}

describe('an inactive user', () => {
  useMockApi('empty');

  it('is refused every write (403/57), whatever the endpoint, and nothing changes', async () => {
    const { a, b, person } = seedOwnedByInactive();
    await actAs(USERS.assignedInactive);
    const before = snapshot();
    const mail = { to_mail_ids: ['one@emma.example'], subject: 'Hello', body: 'Body' };
    const writes: [string, string, unknown?][] = [
      ['POST', '/contacts', { contact_name: 'New by Emma' }],
      ['PUT', `/contacts/${a.contact_id}`, { contact_name: 'Renamed' }],
      ['DELETE', `/contacts/${b.contact_id}`],
      ['POST', `/contacts/${a.contact_id}/inactive`],
      ['POST', `/contacts/${a.contact_id}/portal/enable`],
      ['POST', `/contacts/${a.contact_id}/paymentreminder/disable`],
      ['POST', '/contacts/contactpersons', { contact_id: a.contact_id, first_name: 'Extra' }],
      ['PUT', `/contacts/contactpersons/${person.contact_person_id}`, { first_name: 'Changed' }],
      ['POST', `/contacts/contactpersons/${person.contact_person_id}/primary`],
      ['DELETE', `/contacts/contactpersons/${person.contact_person_id}`],
      ['POST', `/contacts/${a.contact_id}/clone`, { contact_name: 'Emma Clone', currency_id: '1' }],
      ['POST', '/contacts/merge', { master_contact_id: a.contact_id, contact_ids: [b.contact_id] }],
      ['POST', '/contacts/bulk', { action: 'mark_inactive', contact_ids: [a.contact_id] }],
      ['POST', '/contacts/import', { rows: [{ contact_name: 'Imported by Emma' }] }],
      ['POST', `/contacts/${a.contact_id}/email`, mail],
      ['POST', `/contacts/${a.contact_id}/statements/email`, mail],
      ['POST', '/invoices', { customer_id: a.contact_id, line_items: [{ name: 'X', rate: 1, quantity: 1 }] }],
      ['POST', '/customerpayments', { customer_id: a.contact_id, amount: 10 }],
      ['POST', '/templates', { template_name: 'Mine', kind: 'pdf', document: 'invoice', layout: 'standard' }],
      ['PUT', '/settings/preferences', { allow_duplicate_contact_names: true }],
      ['PUT', '/settings/reminders', { reminders: [{ days_after_due: 3, enabled: true }] }],
    ];
    for (const [method, path, body] of writes) {
      const r = await call(method, path, body);
      expect([r.status, r.body.code, r.body.message], `${method} ${path}`).toEqual(DENIED);
    }
    // Even a malformed body is refused for who sends it, not for what it holds.
    const bad = await call('POST', '/contacts', '{');
    expect([bad.status, bad.body.code]).toEqual([403, 57]);
    expect(snapshot()).toBe(before);
  });

  it('still reads: lists, details, statements, reference data', async () => {
    const { a } = seedOwnedByInactive();
    await actAs(USERS.assignedInactive);
    const reads = [
      '/users/me',
      '/contacts',
      `/contacts/${a.contact_id}`,
      `/contacts/${a.contact_id}/comments`,
      `/contacts/${a.contact_id}/contactpersons`,
      `/contacts/${a.contact_id}/statement?start_date=2026-01-01&end_date=2026-06-30`,
      `/invoices?customer_id=${a.contact_id}`,
      '/templates',
      '/settings/preferences',
    ];
    for (const path of reads) expect((await call('GET', path)).status, path).toBe(200);
  });

  it('is refused by status, not role: an admin made inactive cannot write either', async () => {
    db.transactSync((tx) => {
      const admin = tx.users.get(USERS.admin);
      if (admin) tx.users.put({ ...admin, status: 'inactive' });
    });
    const r = await call('POST', '/contacts', { contact_name: 'By an inactive admin' });
    expect([r.status, r.body.code, r.body.message]).toEqual(DENIED);
    expect((await call('GET', '/contacts')).status).toBe(200);
    // The control API is not /api/v3: a designer can always switch to someone else.
    expect((await call('PUT', '/__mock/config', { acting_user_id: USERS.staff })).status).toBe(200);
    expect((await call('POST', '/contacts', { contact_name: 'By Ben' })).status).toBe(201);
  });
});
