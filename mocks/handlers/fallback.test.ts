/** Unknown paths and methods under /api/v3 answer Zoho's envelope (404/5, 405/37), never a bare 404. */
import { describe, expect, it } from 'vitest';
import { ErrorCode, errorEnvelopeSchema } from '../../src/api/schemas';
import { BASE, useMockApi } from '../testing';

async function send(method: string, path: string, body?: string) {
  const res = await fetch(`${BASE}${path}`, { method, body, headers: body ? { 'Content-Type': 'application/json' } : {} });
  const json: unknown = await res.json();
  expect(errorEnvelopeSchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
  return { status: res.status, allow: res.headers.get('allow'), body: json as { code: number; message: string } };
}

describe('what no endpoint answers', () => {
  useMockApi('empty');

  it('is 404 with Zoho’s code and a message for an unknown path', async () => {
    for (const path of ['', '/', '/nothing', '/contacts/1/nothing', '/invoices/1/pay/now']) {
      const r = await send('GET', path);
      expect([r.status, r.body.code, r.body.message], path).toEqual([404, ErrorCode.invalidUrl, 'Invalid URL Passed']);
    }
    expect((await send('POST', '/nothing', '{"a":1}')).status).toBe(404);
  });

  it('names Zoho features outside this module', async () => {
    const refunds = await send('GET', '/vendorcredits/refunds?organization_id=1');
    expect([refunds.status, refunds.body.code]).toEqual([404, ErrorCode.invalidUrl]);
    expect(refunds.body.message).toMatch(/Vendor credits and their refunds are not part of this API/);
    const track = await send('POST', '/contacts/1/track1099');
    expect([track.status, track.body.code]).toEqual([404, ErrorCode.invalidUrl]);
    expect(track.body.message).toMatch(/1099 tracking/);
    expect((await send('POST', '/contacts/1/untrack1099')).body.message).toMatch(/1099 tracking/);
  });

  it('is 405 with Allow for a known path and a method it does not take', async () => {
    const cases: [string, string, string][] = [
      ['PATCH', '/contacts/1', 'GET, PUT, DELETE'],
      ['DELETE', '/contacts', 'GET, POST'],
      ['PUT', '/contacts/1/email', 'POST'],
      ['GET', '/contacts/1/active', 'POST'],
      ['GET', '/contacts/contactpersons/7/primary', 'POST'],
      ['POST', '/currencies', 'GET'],
    ];
    for (const [method, path, allow] of cases) {
      const r = await send(method, path);
      expect([r.status, r.body.code, r.allow], `${method} ${path}`).toEqual([405, ErrorCode.methodNotAllowed, allow]);
      expect(r.body.message).toBe(`The HTTP method ${method} is not allowed for the requested resource.`);
    }
  });

  it('does not shadow any endpoint', async () => {
    const res = await fetch(`${BASE}/contacts`);
    expect([res.status, ((await res.json()) as { code: number }).code]).toEqual([200, 0]);
    const missing = await fetch(`${BASE}/contacts/999`);
    expect([missing.status, ((await missing.json()) as { code: number }).code]).toEqual([404, ErrorCode.notFound]);
  });
});
