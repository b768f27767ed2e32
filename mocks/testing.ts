/**
 * Helpers for API tests in Node: start the handlers, reset to a seeded scenario before each
 * test, and call the API with `fetch` exactly as a client would.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Scenario } from '../src/api/schemas';
import { server } from './node';
import { db, reset, updateConfig, defaultConfig } from './runtime';
import { setToday } from './rules/dates';

export const BASE = 'http://localhost/api/v3';
/** A fixed "today" so overdue states and statement periods never depend on the calendar. */
export const TEST_TODAY = '2026-06-15';

export function useMockApi(scenario: Scenario = 'demo', opts: { size?: number } = {}): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    setToday(TEST_TODAY);
    db.failAfterWrites = null;
    await reset(scenario, { size: opts.size, seed: 42, anchorDate: TEST_TODAY, keepConfig: false });
    await updateConfig(defaultConfig());
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    setToday(null);
  });
}

export interface ApiResult<T = Record<string, unknown>> {
  status: number;
  body: T & { code: number; message: string; errors?: { field: string; message: string }[] };
}

/** Call the API; `body` objects are sent as JSON, strings as they are (for bad-JSON tests). */
export async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  const res = await fetch(path.startsWith('/__mock') ? `http://localhost${path}` : `${BASE}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ApiResult<T>['body'] };
}

/** Act as another user for the following calls. */
export async function actAs(userId: string): Promise<void> {
  await updateConfig({ acting_user_id: userId });
}

/** A deep copy of every table, to prove a refused write changed nothing. */
export function snapshot(): string {
  const out: Record<string, unknown> = {};
  for (const [name, table] of Object.entries(db.tables)) {
    out[name] = [...table.rows.entries()].sort(([a], [b]) => a.localeCompare(b));
  }
  return JSON.stringify({ out, counters: db.counters });
}
