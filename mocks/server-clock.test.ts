/** The standalone server runs on the same clock: `PUT /__mock/config {today}` over real HTTP. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reset } from './runtime';
import { createMockApp } from './server-app';
import { policyFromEnv } from './server-policy';
import { TEST_TODAY } from './testing';

let server: Server;
let base = '';

beforeAll(async () => {
  await reset('demo', { anchorDate: TEST_TODAY, keepConfig: false });
  server = createMockApp(policyFromEnv({})).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await reset('empty', { anchorDate: TEST_TODAY, keepConfig: false });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const json = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${base}${path}`, { ...init, headers: { 'Content-Type': 'application/json' } });
  return { status: res.status, body: (await res.json()) as Record<string, { [k: string]: unknown }> & { code: number } };
};

describe('the standalone server clock', () => {
  it("sets today, shows it, and dates the statement's default period by it", async () => {
    const put = await json('/__mock/config', { method: 'PUT', body: JSON.stringify({ today: '2027-02-10' }) });
    expect(put.status).toBe(200);
    expect((await json('/__mock/config')).body.config?.today).toBe('2027-02-10');
    const st = await json('/api/v3/contacts/1/statement');
    expect(st.body.statement).toMatchObject({ start_date: '2027-02-01', end_date: '2027-02-28' });
    const bad = await json('/__mock/config', { method: 'PUT', body: JSON.stringify({ today: '2027-02-29' }) });
    expect(bad.body.code).toBe(1001);
    expect((await json('/__mock/config', { method: 'PUT', body: JSON.stringify({ today: null }) })).body.config?.today).toBeNull();
  });
});
