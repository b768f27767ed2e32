/** Additional addresses (Zoho's /contacts/{id}/address): stored on the contact, one write each. */
import { describe, expect, it } from 'vitest';
import type { AdditionalAddress, Comment } from '../../src/api/schemas';
import { MAX_ADDITIONAL_ADDRESSES } from '../../src/api/limits';
import { db } from '../runtime';
import { USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { fields, seedContact } from './contact-fixtures.test-helper';

type One = { address_info: AdditionalAddress };

describe('additional addresses', () => {
  useMockApi('empty');

  const site = {
    attention: 'Warehouse',
    address: '1 Dock Rd',
    street2: 'Gate 4',
    city: 'Osaka',
    state: 'Osaka',
    zip: '530-0001',
    country: 'Japan',
    phone: '06-1234-5678',
    fax: '',
  };

  it('adds, lists, edits only the fields sent and deletes, each with a history line', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const added = await call<One>('POST', `/contacts/${c.contact_id}/address`, site);
    expect([added.status, added.body.message]).toEqual([201, 'The address has been created.']);
    const id = added.body.address_info.address_id;
    expect(added.body.address_info).toEqual({ ...site, address_id: id });
    const second = await call<One>('POST', `/contacts/${c.contact_id}/address`, { city: ' Kyoto ' });
    expect(second.body.address_info).toMatchObject({ city: 'Kyoto', attention: '', address: '' });

    const list = await call<{ addresses: AdditionalAddress[] }>('GET', `/contacts/${c.contact_id}/address`);
    expect(list.body.addresses.map((a) => a.city)).toEqual(['Osaka', 'Kyoto']);

    const edited = await call<One>('PUT', `/contacts/${c.contact_id}/address/${id}`, { attention: 'Dock office', address_id: '999' });
    expect([edited.body.message, edited.body.address_info]).toEqual(['The address has been updated.', { ...site, attention: 'Dock office', address_id: id }]);
    expect(db.tables.contacts.get(c.contact_id)?.addresses?.[0].attention).toBe('Dock office');

    // An edit of the customer keeps its additional addresses.
    await call('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Acme Ltd' });
    expect(db.tables.contacts.get(c.contact_id)?.addresses).toHaveLength(2);

    const removed = await call('DELETE', `/contacts/${c.contact_id}/address/${id}`);
    expect([removed.status, removed.body.message]).toEqual([200, 'The address has been deleted.']);
    const after = await call<{ addresses: AdditionalAddress[] }>('GET', `/contacts/${c.contact_id}/address`);
    expect(after.body.addresses.map((a) => a.city)).toEqual(['Kyoto']);

    const history = await call<{ contact_comments: Comment[] }>('GET', `/contacts/${c.contact_id}/comments`);
    expect(history.body.contact_comments.map((x) => x.operation_type)).toEqual(expect.arrayContaining(['address_added', 'address_updated', 'address_deleted']));
  });

  it('refuses fields beyond their limits or with control characters (1001), and more than the cap', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const before = snapshot();
    expect(fields(await call('POST', `/contacts/${c.contact_id}/address`, { city: 'x'.repeat(101) }))).toEqual(['city']);
    expect(fields(await call('POST', `/contacts/${c.contact_id}/address`, { attention: 'a\u0000b' }))).toEqual(['attention']);
    expect(snapshot()).toBe(before);
    db.transactSync((tx) => {
      const full = db.tables.contacts.get(c.contact_id);
      if (full) tx.contacts.put({ ...full, addresses: Array.from({ length: MAX_ADDITIONAL_ADDRESSES }, (_, i) => ({ ...site, address_id: String(i + 1) })) });
    });
    const over = await call('POST', `/contacts/${c.contact_id}/address`, site);
    expect([over.status, over.body.code]).toEqual([400, 1001]);
  });

  it('answers 404 for a missing address or customer, a hidden customer, and 403 for an inactive user', async () => {
    const theirs = seedContact({ contact_name: 'Theirs', owner_id: USERS.assignedB });
    const added = await call<One>('POST', `/contacts/${theirs.contact_id}/address`, site);
    const id = added.body.address_info.address_id;
    expect((await call('PUT', `/contacts/${theirs.contact_id}/address/999`, { city: 'X' })).status).toBe(404);
    expect((await call('GET', '/contacts/999/address')).status).toBe(404);
    await actAs(USERS.assignedA);
    for (const [method, path] of [
      ['GET', `/contacts/${theirs.contact_id}/address`],
      ['PUT', `/contacts/${theirs.contact_id}/address/${id}`],
      ['DELETE', `/contacts/${theirs.contact_id}/address/${id}`],
    ] as const) {
      const r = await call(method, path, method === 'PUT' ? { city: 'X' } : undefined);
      expect([r.status, r.body.code]).toEqual([404, 1002]);
    }
    await actAs(USERS.assignedInactive);
    expect((await call('POST', `/contacts/${theirs.contact_id}/address`, site)).status).toBe(403);
  });
});
