/**
 * Helpers for API tests in Node: start the handlers, reset to a seeded scenario before each
 * test, and call the API with `fetch` exactly as a client would. Every answer the handlers
 * give a test is checked against the OpenAPI document (a test's own `server.use` overrides
 * are not the mock's answers and are left alone): one outside it fails the test.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { RequestHandler } from 'msw';
import { buildOpenApiDocument } from '../src/api/openapi/document';
import type { Scenario } from '../src/api/schemas';
import { server } from './node';
import { ContractCheck } from './openapi-check';
import { db, reset, updateConfig, defaultConfig } from './runtime';
import { setToday } from './rules/dates';

export const BASE = 'http://localhost/api/v3';
/** A fixed "today" so overdue states and statement periods never depend on the calendar. */
export const TEST_TODAY = '2026-06-15';

let contract: ContractCheck | undefined;
/** The document built from the catalogue (what `npm run openapi` writes), compiled once per test file. */
const contractCheck = () => (contract ??= new ContractCheck(buildOpenApiDocument()));

/** Check every answer of the mock's own handlers; what each check finds, per test. */
function checkAnswersAgainstDocument(initialHandlers: () => number) {
  const pending: Promise<string | null>[] = [];
  const onResponse = ({ request, response }: { request: Request; response: Response }) => {
    const check = contractCheck();
    if (!check.covers(request.url)) return;
    // `server.use` prepends: the handlers before the initial ones are the test's overrides.
    const all = server.listHandlers() as RequestHandler[];
    const overrides = all.slice(0, all.length - initialHandlers());
    const copy = response.clone();
    pending.push(
      (async () => {
        for (const h of overrides) if (await h.test({ request })) return null;
        const text = await copy.text();
        const injected = copy.headers.has('x-mock-fault');
        return check.check({
          method: request.method,
          url: request.url,
          status: copy.status,
          contentType: copy.headers.get('content-type') ?? '',
          text,
          injected,
        });
      })(),
    );
  };
  return {
    start: () => server.events.on('response:mocked', onResponse),
    stop: () => server.events.removeListener('response:mocked', onResponse),
    /** Throws when an answer of this test was outside the document. */
    async settle(): Promise<void> {
      const found = (await Promise.all(pending.splice(0))).filter((p): p is string => p !== null);
      if (!found.length) return;
      const counts = new Map<string, number>();
      for (const f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
      const shown = [...counts].slice(0, 5).map(([f, n]) => (n > 1 ? `${f}\n(${n} times)` : f));
      const more = counts.size > 5 ? `\n… and ${counts.size - 5} more kinds` : '';
      throw new Error(`${found.length} API answer(s) outside the OpenAPI document (src/api/endpoints → public/openapi.json):\n\n${shown.join('\n\n')}${more}`);
    },
  };
}

export function useMockApi(scenario: Scenario = 'demo', opts: { size?: number } = {}): void {
  let initial = 0;
  const answers = checkAnswersAgainstDocument(() => initial);
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    initial = server.listHandlers().length;
    answers.start();
  });
  beforeEach(async () => {
    setToday(TEST_TODAY);
    db.failAfterWrites = null;
    await reset(scenario, { size: opts.size, seed: 42, anchorDate: TEST_TODAY, keepConfig: false });
    await updateConfig(defaultConfig());
  });
  afterEach(async () => {
    try {
      await answers.settle();
    } finally {
      server.resetHandlers();
    }
  });
  afterAll(() => {
    answers.stop();
    server.close();
    setToday(null);
  });
}

export interface ApiResult<T = Record<string, unknown>> {
  status: number;
  body: T & { code: number; message: string; errors?: { field: string; message: string }[] };
}

/** Call the API; `body` objects are sent as JSON, strings as they are (for bad-JSON tests). */
export async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
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
