/**
 * api.md "Limits": request bodies (413/1040), contact persons per customer and ids per bulk
 * call (400/1001 naming the field). Each refusal writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_BULK_IDS, MAX_CONTACT_PERSONS, MAX_EMAIL_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from '../../src/api/limits';
import type { Contact, ImportResult } from '../../src/api/schemas';
import { db } from '../runtime';
import { BASE, call, snapshot, useMockApi } from '../testing';
import { fields, seedContact } from './contact-fixtures.test-helper';

const MB = 1024 * 1024;
/** A JSON body of about `bytes` bytes: `fields` plus an ignored padding field. */
const padded = (fieldsOf: Record<string, unknown>, bytes: number) => JSON.stringify({ ...fieldsOf, padding: 'x'.repeat(bytes) });

async function post(path: string, body: BodyInit, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  const res = await fetch(`${BASE}${path}`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as { code: number; message: string } };
}

const persons = (n: number) => Array.from({ length: n }, (_, i) => ({ first_name: `P${i + 1}`, is_primary_contact: i === 0 }));

describe('request body size', () => {
  useMockApi('empty');

  it('refuses a body over 1 MB with 413/1040 and stores nothing', async () => {
    const before = snapshot();
    const r = await post('/contacts', padded({ contact_name: 'Big' }, MAX_BODY_BYTES + 10));
    expect([r.status, r.body.code]).toEqual([413, 1040]);
    expect(r.body.message).toMatch(/larger than 1 MB/);
    expect(snapshot()).toBe(before);
    // Just under the limit is an ordinary create.
    const fits = await post('/contacts', padded({ contact_name: 'Fits' }, MAX_BODY_BYTES - 200));
    expect(fits.status).toBe(201);
  });

  it('applies the limit to every JSON endpoint, without a Content-Length as well', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const big = padded({ first_name: 'Ann', contact_id: c.contact_id }, 2 * MB);
    expect((await post('/contacts/contactpersons', big)).status).toBe(413);
    // A streamed body has no Content-Length: it is counted while it is read.
    const encoded = new TextEncoder().encode(padded({ contact_name: 'Streamed' }, 3 * MB));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < encoded.length; at += 64 * 1024) controller.enqueue(encoded.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const res = await fetch(`${BASE}/contacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect([res.status, ((await res.json()) as { code: number }).code]).toEqual([413, 1040]);
    expect(db.tables.contacts.size).toBe(1);
  });

  it('gives the import 25 MB', async () => {
    const rows = [{ contact_name: 'Imported' }];
    const ok = await post('/contacts/import', padded({ rows }, 5 * MB));
    expect(ok.status).toBe(200);
    const over = await post('/contacts/import', padded({ rows: [{ contact_name: 'Too big' }] }, MAX_IMPORT_BODY_BYTES));
    expect([over.status, over.body.code]).toEqual([413, 1040]);
    expect(over.body.message).toMatch(/larger than 25 MB/);
  });

  it('gives emails room for 10 MB of attachments, JSON or multipart, and no more', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    const mail = { to_mail_ids: ['ann@acme.example'], subject: 'Hello', body: 'Hi' };
    const attachment = (bytes: number) => ({
      file_name: 'a.bin',
      content_type: 'application/octet-stream',
      content_base64: Buffer.alloc(bytes).toString('base64'),
    });
    const fits = await post(`/contacts/${c.contact_id}/email`, JSON.stringify({ ...mail, attachments: [attachment(3 * MB)] }));
    expect(fits.status).toBe(200);
    const over = await post(`/contacts/${c.contact_id}/email`, padded(mail, MAX_EMAIL_BODY_BYTES));
    expect([over.status, over.body.code]).toEqual([413, 1040]);
    const statement = await post(`/contacts/${c.contact_id}/statements/email`, padded(mail, MAX_EMAIL_BODY_BYTES));
    expect([statement.status, statement.body.code]).toEqual([413, 1040]);

    const form = (bytes: number) => {
      const f = new FormData();
      f.set('JSONString', JSON.stringify(mail));
      f.append('attachments', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'a.pdf');
      return f;
    };
    const small = await fetch(`${BASE}/contacts/${c.contact_id}/email`, { method: 'POST', body: form(2 * MB) });
    expect(small.status).toBe(200);
    const huge = await fetch(`${BASE}/contacts/${c.contact_id}/email`, { method: 'POST', body: form(MAX_EMAIL_BODY_BYTES) });
    expect([huge.status, ((await huge.json()) as { code: number }).code]).toEqual([413, 1040]);
    expect(db.tables.emails.size).toBe(2);
  });
});

describe('contact persons per customer', () => {
  useMockApi('empty');

  it(`takes ${MAX_CONTACT_PERSONS} persons on create and update, and refuses one more naming contact_persons`, async () => {
    const full = await call<{ contact: Contact }>('POST', '/contacts', { contact_name: 'Full', contact_persons: persons(MAX_CONTACT_PERSONS) });
    expect(full.status).toBe(201);
    expect(full.body.contact.contact_persons).toHaveLength(MAX_CONTACT_PERSONS);

    const before = snapshot();
    const over = await call('POST', '/contacts', { contact_name: 'Over', contact_persons: persons(MAX_CONTACT_PERSONS + 1) });
    expect([over.status, over.body.code]).toEqual([400, 1001]);
    expect(over.body.errors).toEqual([{ field: 'contact_persons', message: 'A customer can have at most 50 contact persons.' }]);
    const id = full.body.contact.contact_id;
    const update = await call('PUT', `/contacts/${id}`, { contact_name: 'Full', contact_persons: persons(20_000) });
    expect([update.status, fields(update)]).toEqual([400, ['contact_persons']]);
    expect(snapshot()).toBe(before);
  });

  it('refuses adding a person to a customer that has the most already', async () => {
    const c = seedContact({ contact_name: 'Full' }, persons(MAX_CONTACT_PERSONS));
    const before = snapshot();
    const r = await call('POST', '/contacts/contactpersons', { contact_id: c.contact_id, first_name: 'One more' });
    expect([r.status, r.body.code, fields(r)]).toEqual([400, 1001, ['contact_persons']]);
    expect(snapshot()).toBe(before);
    const room = seedContact({ contact_name: 'Room' }, persons(MAX_CONTACT_PERSONS - 1));
    expect((await call('POST', '/contacts/contactpersons', { contact_id: room.contact_id, first_name: 'Last' })).status).toBe(201);
  });

  it('reports an import row with too many persons as invalid on contact_persons', async () => {
    const r = await call<{ results: ImportResult[] }>('POST', '/contacts/import', {
      rows: [
        { contact_name: 'Ok', contact_persons: persons(2) },
        { contact_name: 'Crowd', contact_persons: persons(MAX_CONTACT_PERSONS + 1) },
      ],
    });
    expect(r.status).toBe(400);
    expect(fields(r)).toEqual(['rows.1.contact_persons']);
    expect(db.tables.contacts.size).toBe(0);
  });
});

describe('ids per bulk call', () => {
  useMockApi('empty');
  const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

  it(`takes ${MAX_BULK_IDS.toLocaleString('en-US')} contact_ids and refuses more, naming contact_ids`, async () => {
    const a = seedContact({ contact_name: 'A' });
    const most = await call<{ results: unknown[] }>('POST', '/contacts/bulk', { action: 'mark_inactive', contact_ids: ids(MAX_BULK_IDS) });
    expect(most.status).toBe(200);
    expect(most.body.results).toHaveLength(MAX_BULK_IDS);
    expect(db.tables.contacts.get(a.contact_id)?.status).toBe('inactive');

    const before = snapshot();
    const over = await call('POST', '/contacts/bulk', { action: 'mark_active', contact_ids: ids(100_000) });
    expect([over.status, over.body.code, fields(over)]).toEqual([400, 1001, ['contact_ids']]);
    expect(snapshot()).toBe(before);
    // select_all has no cap: the server resolves it.
    const all = await call('POST', '/contacts/bulk', { action: 'mark_active', select_all: { filter_by: 'Status.All' } });
    expect(all.status).toBe(200);
  });

  it('caps merge contact_ids the same way', async () => {
    const master = seedContact({ contact_name: 'Master' });
    const r = await call('POST', '/contacts/merge', {
      master_contact_id: master.contact_id,
      contact_ids: ids(MAX_BULK_IDS + 1).map((n) => String(Number(n) + 1)),
    });
    expect([r.status, r.body.code, fields(r)]).toEqual([400, 1001, ['contact_ids']]);
  });
});
