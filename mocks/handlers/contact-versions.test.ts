/** Stale writes of a customer: `last_modified_time` by instant, and ETag / If-Match. */
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/api/schemas';
import { BASE, snapshot, useMockApi } from '../testing';
import { create, seedContact } from './contact-fixtures.test-helper';

interface Sent {
  status: number;
  etag: string | null;
  body: { code: number; message: string; contact?: Contact; errors?: { field: string; message: string }[] };
}

/** Like `call`, with request headers and the response's ETag. */
async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as Sent['body'] };
}

const STALE = [409, 3010];

describe('last_modified_time on PUT /contacts/{id}', () => {
  useMockApi('empty');

  it('compares instants: the same time with Z, +00:00, another offset, without or with more fractional digits is current', async () => {
    // Seeded customers carry 2026-01-01T00:00:00.000+00:00.
    const forms = [
      '2026-01-01T00:00:00.000+00:00',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T09:00:00+09:00',
      '2025-12-31T19:00:00.000-05:00',
      '2026-01-01T00:00:00.000000Z',
      '2026-01-01T00:00Z',
    ];
    for (const [i, form] of forms.entries()) {
      const c = seedContact({ contact_name: `Acme ${i}` });
      expect(c.last_modified_time).toBe('2026-01-01T00:00:00.000+00:00');
      const r = await send('PUT', `/contacts/${c.contact_id}`, { contact_name: `Acme ${i} saved`, last_modified_time: form });
      expect(r.status, form).toBe(200);
    }
  });

  it('answers 409/3010 for another instant, and 400/1001 on last_modified_time for an empty or unparsable one', async () => {
    const c = await create({ contact_name: 'Acme' });
    const before = snapshot();
    const earlier = new Date(Date.parse(c.last_modified_time) - 1).toISOString();
    const stale = await send('PUT', `/contacts/${c.contact_id}`, { contact_name: 'X', last_modified_time: earlier });
    expect([stale.status, stale.body.code]).toEqual(STALE);
    for (const bad of ['', 'yesterday', '2026-02-30T10:00:00Z', '2026-06-15T10:00:00', '2026-06-15']) {
      const r = await send('PUT', `/contacts/${c.contact_id}`, { contact_name: 'X', last_modified_time: bad });
      expect([r.status, r.body.code, r.body.errors?.map((e) => e.field)], JSON.stringify(bad)).toEqual([400, 1001, ['last_modified_time']]);
    }
    expect(snapshot()).toBe(before);
  });
});

describe('ETag and If-Match', () => {
  useMockApi('empty');

  it('answers a strong quoted ETag on GET, and on the writes that return the contact', async () => {
    const made = await send('POST', '/contacts', { contact_name: 'Acme' });
    expect(made.status).toBe(201);
    expect(made.etag).toMatch(/^"[!#-~]+"$/);
    const id = made.body.contact?.contact_id ?? '';
    const got = await send('GET', `/contacts/${id}`);
    expect(got.etag).toBe(made.etag);
    expect((await send('GET', `/contacts/${id}`)).etag).toBe(got.etag);
    const saved = await send('PUT', `/contacts/${id}`, { contact_name: 'Acme 2' });
    expect(saved.etag).not.toBe(got.etag);
    expect((await send('GET', `/contacts/${id}`)).etag).toBe(saved.etag);
    const inactive = await send('POST', `/contacts/${id}/inactive`);
    expect(inactive.etag).not.toBe(saved.etag);
    expect((await send('GET', `/contacts/${id}`)).etag).toBe(inactive.etag);
  });

  it('PUT honours If-Match: the current tag or * saves, any other is 409/3010 and changes nothing', async () => {
    const c = await create({ contact_name: 'Acme' });
    const path = `/contacts/${c.contact_id}`;
    const first = (await send('GET', path)).etag ?? '';
    const ok = await send('PUT', path, { contact_name: 'Acme 2' }, { 'If-Match': first });
    expect(ok.status).toBe(200);
    const current = ok.etag ?? '';

    const before = snapshot();
    for (const tag of [first, `W/${current}`, '"nope"', 'not-a-tag']) {
      const r = await send('PUT', path, { contact_name: 'Lost' }, { 'If-Match': tag });
      expect([r.status, r.body.code], tag).toEqual(STALE);
      expect(r.body.message).toBe('This customer has been changed by someone else since you opened it. Reload it and try again.');
    }
    expect(snapshot()).toBe(before);

    expect((await send('PUT', path, { contact_name: 'Acme 3' }, { 'If-Match': `"other", ${current}` })).status).toBe(200);
    expect((await send('PUT', path, { contact_name: 'Acme 4' }, { 'If-Match': '*' })).status).toBe(200);
    // Both checks apply: a current tag does not excuse a stale last_modified_time.
    const now = (await send('GET', path)).etag ?? '';
    const both = await send('PUT', path, { contact_name: 'X', last_modified_time: c.last_modified_time }, { 'If-Match': now });
    expect([both.status, both.body.code]).toEqual(STALE);
    // A missing customer stays a 404, whatever the tag.
    expect((await send('PUT', '/contacts/999', { contact_name: 'X' }, { 'If-Match': '*' })).status).toBe(404);
  });
});
