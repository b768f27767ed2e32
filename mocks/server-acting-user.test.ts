/**
 * The per-request acting user (`X-Mock-User`) on the standalone server: real HTTP requests,
 * many at once, acting as different users, each answered for its own user only.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactSummary } from '../src/api/schemas';
import { db, getConfig, reset, updateConfig } from './runtime';
import { USERS } from './scenarios/reference';
import { createMockApp } from './server-app';
import { policyFromEnv } from './server-policy';
import { TEST_TODAY } from './testing';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createMockApp(policyFromEnv({})).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => reset('demo', { anchorDate: TEST_TODAY, keepConfig: false }));

type List = { code: number; contacts: ContactSummary[]; page_context: { total: number } };

const listAs = async (user: string) => {
  const res = await fetch(`${base}/api/v3/contacts?per_page=200&filter_by=Status.All`, { headers: { 'X-Mock-User': user } });
  return { status: res.status, body: (await res.json()) as List };
};

describe('X-Mock-User', () => {
  it('scopes 100 concurrent list calls to each one’s own user', async () => {
    // A little latency, so the calls really are in flight together.
    await updateConfig({ latency_ms: 5 });
    const owned = db.tables.contacts.all().filter((c) => c.owner_id === USERS.assignedA && !c.merged_into_contact_id).length;
    expect(owned).toBeGreaterThan(0);
    const users = Array.from({ length: 100 }, (_, i) => (i % 2 ? USERS.assignedA : USERS.admin));
    const answers = await Promise.all(users.map(listAs));
    const adminTotal = answers[0].body.page_context.total;
    expect(adminTotal).toBeGreaterThan(answers[1].body.page_context.total);
    answers.forEach(({ status, body }, i) => {
      expect(status).toBe(200);
      if (users[i] === USERS.admin) {
        expect(body.page_context.total, `call ${i}`).toBe(adminTotal);
        expect(body.contacts.some((c) => c.owner_id !== USERS.assignedA)).toBe(true);
      } else {
        expect(body.contacts.length, `call ${i}`).toBeGreaterThan(0);
        expect(
          body.contacts.every((c) => c.owner_id === USERS.assignedA),
          `call ${i}`,
        ).toBe(true);
      }
    });
    // The designer's acting user is untouched.
    expect(getConfig().acting_user_id).toBe(USERS.admin);
  });

  it('acts as that user for writes too: the role decides, and new customers are theirs', async () => {
    const create = await fetch(`${base}/api/v3/contacts`, {
      method: 'POST',
      headers: { 'X-Mock-User': USERS.assignedA, 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact_name: 'Made by Chika' }),
    });
    expect(create.status).toBe(201);
    const { contact } = (await create.json()) as { contact: { contact_id: string; owner_id: string } };
    expect(contact.owner_id).toBe(USERS.assignedA);
    const del = await fetch(`${base}/api/v3/contacts/${contact.contact_id}`, { method: 'DELETE', headers: { 'X-Mock-User': USERS.assignedA } });
    expect(del.status).toBe(403);
    const inactive = await fetch(`${base}/api/v3/contacts/${contact.contact_id}`, { method: 'DELETE', headers: { 'X-Mock-User': USERS.assignedInactive } });
    expect(inactive.status).toBe(403);
    const me = await fetch(`${base}/api/v3/users/me`, { headers: { 'X-Mock-User': USERS.staff } });
    expect(((await me.json()) as { user: { user_id: string } }).user.user_id).toBe(USERS.staff);
  });

  it('refuses a header naming no user with 401/1041, on reads and writes alike', async () => {
    for (const [method, path, value] of [
      ['GET', '/api/v3/contacts', '99'],
      ['GET', '/api/v3/currencies', 'nobody'],
      ['POST', '/api/v3/contacts', ''],
    ] as const) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { 'X-Mock-User': value, 'Content-Type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ contact_name: 'X' }) } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(401);
      const body = (await res.json()) as { code: number; message: string };
      expect(body.code).toBe(1041);
      expect(body.message).toMatch(/X-Mock-User/);
    }
    expect(db.tables.contacts.all().some((c) => c.contact_name === 'X')).toBe(false);
  });

  it('is allowed in CORS preflights of loopback pages', async () => {
    const res = await fetch(`${base}/api/v3/contacts`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-mock-user' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Mock-User/);
  });
});
