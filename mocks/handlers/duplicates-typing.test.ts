import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '../../src/api/schemas';
import { actAs, call, useMockApi } from '../testing';
import { insertContact } from '../db/builders';
import { db } from '../runtime';
import { seedContact } from './contact-fixtures.test-helper';

type Check = { candidates: DuplicateCandidate[]; duplicate_groups?: unknown };

async function check(params: Record<string, string>) {
  const r = await call<Check>('GET', `/contacts/duplicates?${new URLSearchParams(params)}`);
  expect(r.status).toBe(200);
  expect(r.body.duplicate_groups).toBeUndefined();
  return r.body.candidates.map((c) => [c.contact_name, c.reason]);
}

describe('GET /contacts/duplicates while typing', () => {
  useMockApi('empty');

  it('finds a similar name across case, width, punctuation, designators and invisible characters', async () => {
    seedContact({ contact_name: 'Acme Inc.' });
    seedContact({ contact_name: 'ＡＣＭＥ Ltd' });
    seedContact({ contact_name: 'Ac\u00ADme' });
    seedContact({ contact_name: 'Acme Hardware' });
    const expected = [
      ['Acme Inc.', 'similar_name'],
      ['ＡＣＭＥ Ltd', 'similar_name'],
      ['Ac\u00ADme', 'similar_name'],
    ];
    expect(await check({ contact_name: 'acme inc' })).toEqual(expected);
    expect(await check({ contact_name: 'ＡＣＭＥ Inc' })).toEqual(expected);
    expect(await check({ contact_name: 'a.c.m.e' })).toEqual(expected);
  });

  it('finds the same email and the same phone, its own or a contact person’s, strongest reason once', async () => {
    seedContact({ contact_name: 'Sakura' }, [{ first_name: 'S', email: 'Info@Sakura.example', phone: '03-1234-5678' }]);
    seedContact({ contact_name: 'Bee' }, [{ first_name: 'B', mobile: '０３１２３４５６７８' }]);
    seedContact({ contact_name: 'Other' }, [{ first_name: 'O', email: 'other@example.com' }]);
    expect(await check({ email: 'info@sakura.EXAMPLE ' })).toEqual([['Sakura', 'same_email']]);
    expect(await check({ phone: '(03) 1234 5678' })).toEqual([
      ['Sakura', 'same_phone'],
      ['Bee', 'same_phone'],
    ]);
    // Sakura matches by email, phone and name: listed once, by email; Bee by phone.
    expect(await check({ contact_name: 'SAKURA', email: 'info@sakura.example', phone: '0312345678' })).toEqual([
      ['Sakura', 'same_email'],
      ['Bee', 'same_phone'],
    ]);
    // Too few digits to identify anyone.
    expect(await check({ phone: '123' })).toEqual([]);
  });

  it('answers contact summaries with their reason, as the document describes', async () => {
    const c = seedContact({ contact_name: 'Acme Inc.' });
    const r = await call<Check>('GET', '/contacts/duplicates?contact_name=acme');
    expect(r.body).toMatchObject({ code: 0, message: 'success' });
    expect(r.body.candidates).toEqual([expect.objectContaining({ contact_id: c.contact_id, contact_name: 'Acme Inc.', reason: 'similar_name' })]);
  });

  it('leaves out the customer being edited and merged-away customers', async () => {
    const a = seedContact({ contact_name: 'Acme Inc.' });
    const b = seedContact({ contact_name: 'ACME' });
    seedContact({ contact_name: 'acme ltd', merged_into_contact_id: a.contact_id, status: 'inactive' });
    expect(await check({ contact_name: 'Acme', exclude_id: a.contact_id })).toEqual([['ACME', 'similar_name']]);
    expect(await check({ contact_name: 'Acme', exclude_id: b.contact_id })).toEqual([['Acme Inc.', 'similar_name']]);
  });

  it('stays within what the acting user may see', async () => {
    seedContact({ contact_name: 'Acme Inc.', owner_id: '3' });
    seedContact({ contact_name: 'ACME', owner_id: '4' });
    expect(await check({ contact_name: 'acme' })).toHaveLength(2);
    await actAs('3');
    expect(await check({ contact_name: 'acme' })).toEqual([['Acme Inc.', 'similar_name']]);
  });

  it('ignores blank parameters, answers nothing when all are blank, and caps the candidates', async () => {
    for (let i = 0; i < 15; i++) seedContact({ contact_name: `Acme ${'.'.repeat(i)}` });
    expect(await check({ contact_name: '', email: '', phone: '' })).toEqual([]);
    expect(await check({ contact_name: '   ' })).toEqual([]);
    expect(await check({ exclude_id: '1' })).toEqual([]);
    expect(await check({ contact_name: 'acme', email: '', phone: '' })).toHaveLength(10);
    // Without the check's parameters the path still answers the Duplicate view's groups.
    const groups = await call<{ duplicate_groups: unknown[] }>('GET', '/contacts/duplicates');
    expect(groups.body.duplicate_groups).toHaveLength(1);
  });

  it('refuses bad input with 1001', async () => {
    for (const q of [`contact_name=${'a'.repeat(201)}`, `email=${'a'.repeat(255)}`, `phone=${'1'.repeat(51)}`, 'exclude_id=abc']) {
      const r = await call('GET', `/contacts/duplicates?${q}`);
      expect([r.status, r.body.code]).toEqual([400, 1001]);
    }
  });

  it('answers from keys bucketed once and patched by each write', async () => {
    // How fast is a hint here, not asserted (a timed test fails for the wrong reason on a busy machine).
    db.transactSync((tx) => {
      for (let i = 0; i < 20_000; i++) insertContact(tx, { contact_name: `Customer ${i}` }, [{ first_name: 'P', phone: `03-${String(i).padStart(8, '0')}` }]);
    });
    const t0 = performance.now();
    expect(await check({ contact_name: 'customer 19' })).toEqual([['Customer 19', 'similar_name']]);
    const first = performance.now() - t0;
    const t1 = performance.now();
    for (const name of ['c', 'cu', 'cus', 'customer 1', 'customer 19999']) await check({ contact_name: name });
    const keystroke = (performance.now() - t1) / 5;
    console.info(`duplicate check at 20,000 customers: first ${first.toFixed(1)} ms, then ${keystroke.toFixed(2)} ms a keystroke`);
    expect(await check({ phone: '0300019999' })).toEqual([['Customer 19999', 'same_phone']]);
    // Writes patch the buckets: an added, a renamed, a merged-away and a deleted customer.
    const twin = seedContact({ contact_name: 'CUSTOMER-19' });
    expect(await check({ contact_name: 'customer 19' })).toEqual([
      ['Customer 19', 'similar_name'],
      ['CUSTOMER-19', 'similar_name'],
    ]);
    const byName = (name: string) => [...db.tables.contacts.rows.values()].find((c) => c.contact_name === name)!;
    const renamed = byName('Customer 20');
    db.transactSync((tx) => {
      tx.contacts.put({ ...renamed, contact_name: 'Customer 19 Inc.' });
      tx.contacts.put({ ...byName('Customer 19'), merged_into_contact_id: twin.contact_id });
    });
    expect(await check({ contact_name: 'customer 19' })).toEqual([
      ['Customer 19 Inc.', 'similar_name'],
      ['CUSTOMER-19', 'similar_name'],
    ]);
    expect(await check({ contact_name: 'customer 20' })).toEqual([]);
    db.transactSync((tx) => tx.contacts.delete(twin.contact_id));
    expect(await check({ contact_name: 'customer 19' })).toEqual([['Customer 19 Inc.', 'similar_name']]);
  });
});
