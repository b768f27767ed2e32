import { describe, expect, it } from 'vitest';
import type { Comment } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact } from '../db/builders';
import { USERS } from '../scenarios/reference';
import { actAs, call, useMockApi } from '../testing';

describe('contact history API', () => {
  useMockApi('empty');

  it("lists the customer's history newest first", async () => {
    const c = db.transactSync((tx) =>
      insertContact(tx, { contact_name: 'Acme', owner_id: USERS.assignedA }, [{ first_name: 'Ann', email: 'ann@acme.example' }]),
    );
    const other = db.transactSync((tx) => insertContact(tx, { contact_name: 'Other' }));
    await call('POST', '/invoices', { customer_id: c.contact_id, line_items: [{ name: 'X', rate: 10, quantity: 1 }] });
    await call('POST', '/invoices', { customer_id: other.contact_id, line_items: [{ name: 'X', rate: 10, quantity: 1 }] });
    await actAs(USERS.assignedA);
    await call('POST', '/customerpayments', { customer_id: c.contact_id, amount: 10, invoices: [{ invoice_id: '1', amount_applied: 10 }] });
    await call('POST', `/contacts/${c.contact_id}/email`, { to_mail_ids: ['ann@acme.example'], subject: 'Thanks', body: 'Paid.' });
    const r = await call<{ contact_comments: Comment[] }>('GET', `/contacts/${c.contact_id}/comments`);
    expect(r.status).toBe(200);
    expect(r.body.contact_comments.map((x) => [x.operation_type, x.commented_by])).toEqual([
      ['emailed', 'Chika Sato'],
      ['payment_recorded', 'Chika Sato'],
      ['invoice_created', 'Aiko Tanaka'],
    ]);
    expect(r.body.contact_comments[0]).toMatchObject({ contact_id: c.contact_id, date: r.body.contact_comments[0].time.slice(0, 10) });
  });

  it('answers 404 for a missing or hidden customer', async () => {
    const theirs = db.transactSync((tx) => insertContact(tx, { contact_name: 'Theirs', owner_id: USERS.assignedB }));
    expect((await call('GET', '/contacts/999/comments')).status).toBe(404);
    await actAs(USERS.assignedA);
    const r = await call('GET', `/contacts/${theirs.contact_id}/comments`);
    expect([r.status, r.body.code, r.body.message]).toEqual([404, 1002, 'Contact does not exist.']);
  });
});
