/**
 * The standalone server end to end: the express app on an ephemeral port, real HTTP requests
 * with the Origin and Host headers a browser (or a DNS-rebinding page) would send.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContractCheck, type OpenApiLike } from './openapi-check';
import { getConfig, reset } from './runtime';
import { createMockApp, OPENAPI_FILE } from './server-app';
import { policyFromEnv } from './server-policy';
import { TEST_TODAY } from './testing';

let server: Server;
let base = '';
let port = 0;

beforeAll(async () => {
  server = createMockApp(policyFromEnv({ MOCK_ALLOWED_ORIGINS: 'https://app.example.com' })).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => reset('demo', { anchorDate: TEST_TODAY, keepConfig: false }));

const send = (path: string, init: RequestInit & { origin?: string } = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { ...(init.origin ? { Origin: init.origin } : {}), ...(init.headers as Record<string, string>) } });

/** node:http, since fetch may not set Host. */
function withHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the standalone server', () => {
  it('serves clients without an Origin (curl) without CORS headers', async () => {
    const res = await send('/api/v3/contacts?per_page=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('answers loopback and configured origins with their own origin and the ETag exposed', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:3000', 'https://app.example.com']) {
      const res = await send('/api/v3/contacts?per_page=1', { origin });
      expect(res.status, origin).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-expose-headers')).toMatch(/\bETag\b/);
      expect(res.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('serves the OpenAPI document at /openapi.json, and answers as it says', async () => {
    const res = await send('/openapi.json', { origin: 'http://localhost:5173' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const text = await res.text();
    expect(text).toBe(readFileSync(OPENAPI_FILE, 'utf8'));
    const doc = JSON.parse(text) as OpenApiLike & { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    const check = new ContractCheck(doc);
    for (const [method, path] of [
      ['GET', '/api/v3/contacts?per_page=2'],
      ['GET', '/api/v3/contacts/1'],
      ['GET', '/api/v3/contacts/999'],
      ['GET', '/__mock/config'],
    ]) {
      const answer = await send(path, { method });
      const found = check.check({ method, url: path, status: answer.status, contentType: answer.headers.get('content-type') ?? '', text: await answer.text() });
      expect(found, `${method} ${path}`).toBeNull();
    }
    expect((await send('/openapi.json', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('answers preflights of allowed origins, If-Match included, before the handlers', async () => {
    const res = await send('/api/v3/contacts/1', {
      method: 'OPTIONS',
      origin: 'http://localhost:5173',
      headers: { 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type, if-match' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/If-Match/);
    const evil = await send('/__mock/reset', { method: 'OPTIONS', origin: 'https://evil.example', headers: { 'Access-Control-Request-Method': 'POST' } });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses the control API and the data to any other origin with 403/57, changing nothing', async () => {
    const origin = 'https://evil.example';
    const json = { 'Content-Type': 'application/json' };
    const cfg = await send('/__mock/config', { method: 'PUT', origin, headers: json, body: JSON.stringify({ acting_user_id: '3' }) });
    expect(cfg.status).toBe(403);
    expect(await cfg.json()).toEqual({ code: 57, message: 'Requests from the origin "https://evil.example" are not allowed; see MOCK_ALLOWED_ORIGINS.' });
    expect(cfg.headers.get('access-control-allow-origin')).toBeNull();
    expect(getConfig().acting_user_id).toBe('1');
    const wipe = await send('/__mock/reset', { method: 'POST', origin, headers: { 'Content-Type': 'text/plain' }, body: '{"scenario":"empty"}' });
    expect(wipe.status).toBe(403);
    expect((await (await send('/api/v3/contacts')).json()).page_context.total).toBe(40);
    // A "simple" write the page could not read the answer of is refused too.
    const write = await send('/api/v3/contacts', { method: 'POST', origin, headers: { 'Content-Type': 'text/plain' }, body: '{"contact_name":"Planted"}' });
    expect(write.status).toBe(403);
    expect((await send('/api/v3/contacts', { origin: 'null' })).status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const rebound = await withHost('/api/v3/contacts', `evil.example:${port}`);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ code: 57 });
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await withHost('/api/v3/contacts?per_page=1', host)).status, host).toBe(200);
    }
  });

  it('answers an oversize chunked body (no Content-Length) with 413/1040, not a reset connection', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/api/v3/contacts', method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 40; i++) req.write(chunk);
      req.end();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 1040 });
  });

  it('answers Zoho’s envelope for unknown paths and methods, never "Mock not found"', async () => {
    const unknown = await send('/api/v3/vendorcredits/refunds');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 5, message: expect.stringMatching(/^Invalid URL Passed/) });
    const method = await send('/api/v3/contacts', { method: 'DELETE' });
    expect([method.status, method.headers.get('allow')]).toEqual([405, 'GET, POST, PUT']);
    expect(await method.json()).toMatchObject({ code: 37 });
  });

  it('takes Zoho’s form and multipart bodies over HTTP, `;filename=` without a space included', async () => {
    const form = await send('/api/v3/contacts?organization_id=1', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JSONString: JSON.stringify({ contact_name: 'Over HTTP', payment_terms: '30' }) }).toString(),
    });
    expect(form.status).toBe(201);
    const contact = ((await form.json()) as { contact: { contact_id: string; payment_terms: number } }).contact;
    expect(contact.payment_terms).toBe(30);
    const persons = await send('/api/v3/contacts/contactpersons', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact_id: contact.contact_id, first_name: 'Ann', email: 'ann@http.example' }),
    });
    expect(persons.status).toBe(201);
    const b = 'srv-boundary';
    const body =
      `--${b}\r\nContent-Disposition: form-data; name="JSONString"\r\n\r\n${JSON.stringify({ to_mail_ids: ['ann@http.example'], subject: 'Hi', body: 'Attached.' })}\r\n` +
      `--${b}\r\nContent-Disposition: form-data; name="attachments";filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${b}--\r\n`;
    const mail = await send(`/api/v3/contacts/${contact.contact_id}/email`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${b}` },
      body,
    });
    expect(mail.status).toBe(200);
    expect(((await mail.json()) as { email: { attachments: unknown[] } }).email.attachments).toEqual([
      { file_name: 'a.txt', content_type: 'text/plain', size: 5 },
    ]);
  });
});
