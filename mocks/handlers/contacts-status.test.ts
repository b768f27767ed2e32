/** DELETE /contacts/{id} and the one-click status actions (active, portal, reminders). */
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/api/schemas';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { commentsOf, create, seedContact, seedInvoice, seedPayment } from './contact-fixtures.test-helper';

type One = { contact: Contact };

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
