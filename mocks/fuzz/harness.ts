/**
 * The fuzz runner: one fast-check property per write endpoint, with a fixed seed. Each run
 * resets the mock to the seeded demo (a millisecond), resolves the run-time placeholders,
 * sends the request as the drawn user, checks the answer, reads back what it touched, and
 * applies the contract's limits. Any broken promise fails the run (fast-check shrinks it).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import type { z } from 'zod/mini';
import type { ContactRecord } from '../db/types';
import { db, defaultConfig, reset, updateConfig } from '../runtime';
import { setToday } from '../rules/dates';
import { TEST_TODAY, useMockApi } from '../testing';
import type { Body } from './arbitraries';
import { encode, resolveBody } from './encode';
import { changedSince, checkAnswer, send, storeRefs, type Answer, type Failure } from './invariants';
import { sweep, type ExtraRead, type ReadGroup } from './sweep';
import { limitFailures, type WriteContext } from './limits';
import { Resolver } from './resolver';

export interface Endpoint {
  /** Table label and limit key, e.g. `POST /contacts/{id}/clone`. */
  name: string;
  method: 'POST' | 'PUT' | 'DELETE';
  /** The path, placeholders allowed (`/contacts/@contact:3/clone`). */
  path: fc.Arbitrary<string>;
  /** Absent: the request has no body. */
  body?: fc.Arbitrary<Body | undefined>;
  /** The 2xx body beyond `{code: 0, message}`. */
  success: z.ZodMiniType;
  /** What to read back after an accepted write (sweep.ts). */
  reads: ReadGroup[];
  extraReads?: ExtraRead[];
  /** /__mock control endpoints: no contract limits (they are not part of the API). */
  control?: boolean;
  runs?: number;
}

export const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

interface Row {
  runs: number;
  ok: number;
  refused: number;
  failed: number;
  /** Refusals by code and first field, printed with FUZZ_DEBUG=1 (to tune the generators). */
  reasons: Map<string, number>;
}
const DEBUG = !!process.env.FUZZ_DEBUG;

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const digits = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

/** The customers a write touched: the path's first, then what the answer and body name. */
function touchedIds(pathContact: string | undefined, body: unknown, a: Answer): string[] {
  const json = obj(a.json);
  const b = obj(body);
  const results = Array.isArray(json.results) ? json.results.map((r) => obj(r).contact_id) : [];
  const listed = Array.isArray(b.contact_ids) ? b.contact_ids.slice(0, 5) : [];
  const ids = [
    pathContact,
    obj(json.contact).contact_id,
    json.contact_id,
    obj(json.invoice).customer_id,
    obj(json.payment).customer_id,
    obj(json.email).contact_id,
    b.customer_id,
    b.contact_id,
    b.master_contact_id,
    ...listed,
    ...results,
  ];
  return [...new Set(ids.filter(digits))].slice(0, 20);
}

async function fresh(): Promise<void> {
  setToday(TEST_TODAY);
  db.failAfterWrites = null;
  await reset('demo', { seed: 42, anchorDate: TEST_TODAY, keepConfig: false });
  await updateConfig(defaultConfig());
}

/** Shorten a body for a message: long runs of one character as `x…×1100000`, then the first `n` characters. */
function clip(text: string, n = 300): string {
  const s = text.replace(/(.)\1{19,}/gs, (run, ch: string) => `${ch}…×${run.length}`);
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
}

interface Req {
  user: string;
  path: string;
  body?: Body;
}

/** One request and every check; `fromScratch` resets the store first (steps of a sequence do not). */
async function runOnce(ep: Endpoint, req: Req, row: Row, fromScratch = true): Promise<void> {
  if (fromScratch) await fresh();
  logged.length = 0;
  const user = db.tables.users.get(req.user) ?? db.tables.users.get('1');
  if (!user) throw new Error('the demo has no users');
  const r = new Resolver(user);
  const path = r.path(req.path);
  const sent = encode(resolveBody(r, req.body));
  const store = storeRefs();
  const before = store.get('contacts') as Map<string, ContactRecord>;
  await updateConfig({ acting_user_id: user.user_id });
  const answer = await send(ep.method, path, sent.payload, sent.contentType);
  await updateConfig(defaultConfig());

  const failures: Failure[] = checkAnswer(`${ep.method} ${path}`, answer, ep.success);
  const ok = answer.status >= 200 && answer.status < 300;
  const changed = ok ? [] : changedSince(store);
  if (changed.length) failures.push({ message: `${ep.method} ${path}: refused (HTTP ${answer.status}) but changed ${changed.join(', ')}` });
  const touched = touchedIds(r.contact, sent.fields, answer);
  if (ok) failures.push(...(await sweep(touched, ep.reads, ep.extraReads)));
  const ctx: WriteContext = {
    endpoint: ep.name,
    user,
    body: sent.fields,
    bytes: sent.bytes,
    answer,
    touched,
    before,
  };
  if (!ep.control) failures.push(...limitFailures(ctx));

  row.runs++;
  if (ok) row.ok++;
  else if (answer.status >= 500) row.failed++;
  else {
    row.refused++;
    const e = obj(answer.json);
    const reason = `${String(e.code)} ${String(obj((e.errors as unknown[] | undefined)?.[0]).field ?? '')}`;
    row.reasons.set(reason, (row.reasons.get(reason) ?? 0) + 1);
  }
  if (failures.length) {
    const log = logged.length ? `\nthe mock logged:\n${logged.slice(0, 2).join('\n')}` : '';
    const what = failures.map((f) => (f.hole ? `[${f.hole}] ${f.message}` : f.message)).join('\n');
    throw new Error(`${what}\nrequest: ${ep.method} ${path} as user ${user.user_id}\nbody: ${clip(sent.text, 2000)}${log}`);
  }
}

function printTable(rows: Map<string, Row>): void {
  const cols = (...v: (string | number)[]) => v.map((x) => String(x).padStart(5)).join(' ');
  const lines = [`${'endpoint'.padEnd(44)} ${cols('runs', '2xx', '4xx', '5xx')}`];
  for (const [name, r] of rows) {
    lines.push(`${name.padEnd(44)} ${cols(r.runs, r.ok, r.refused, r.failed)}`);
    if (DEBUG)
      lines.push(
        `    refusals: ${[...r.reasons]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, n]) => `${k}×${n}`)
          .join(', ')}`,
      );
  }
  console.log(`fuzz (seed ${SEED})\n${lines.join('\n')}`);
}

/**
 * What the mock logs as internal errors (the stack of a 500) during a run: attached to a
 * failure's message instead of flooding the output.
 */
const logged: string[] = [];
function captureMockLog(): void {
  beforeAll(() => {
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? (a.stack ?? String(a)).split('\n').slice(0, 6).join('\n') : String(a))).join(' '));
    });
  });
  afterAll(() => vi.restoreAllMocks());
}

const newRow = (): Row => ({ runs: 0, ok: 0, refused: 0, failed: 0, reasons: new Map() });
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const requestOf = (ep: Endpoint, user: fc.Arbitrary<string>): fc.Arbitrary<Req> => fc.record({ user, path: ep.path, ...(ep.body ? { body: ep.body } : {}) });

/** One describe block: a property per endpoint, the counts table printed at the end. */
export function fuzz(title: string, endpoints: Endpoint[], arbitraryUser: fc.Arbitrary<string>): void {
  describe(title, () => {
    useMockApi('demo');
    captureMockLog();
    const rows = new Map<string, Row>();
    afterAll(() => printTable(rows));
    for (const ep of endpoints) {
      it(ep.name, { timeout: 120_000 }, async () => {
        const row = newRow();
        rows.set(ep.name, row);
        await fc.assert(
          fc.asyncProperty(requestOf(ep, arbitraryUser), (req) => runOnce(ep, req, row)),
          { seed: SEED, numRuns: runs(ep.runs ?? 150) },
        );
      });
    }
  });
}

/**
 * Sequences of writes on one store (reset once per sequence): what one write leaves behind
 * must not break the next one or any read (a merge then a delete, a bulk update then an
 * import...). Each step gets every check a single run gets.
 */
export function fuzzSequences(title: string, endpoints: Endpoint[], arbitraryUser: fc.Arbitrary<string>, opts: { runs: number; maxSteps: number }): void {
  describe(title, () => {
    useMockApi('demo');
    captureMockLog();
    const rows = new Map<string, Row>();
    afterAll(() => printTable(rows));
    it(`sequences of up to ${opts.maxSteps} writes`, { timeout: 120_000 }, async () => {
      const step = fc.oneof(...endpoints.map((ep, i) => requestOf(ep, arbitraryUser).map((req) => ({ i, req }))));
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: opts.maxSteps }), async (steps) => {
          await fresh();
          for (const [n, { i, req }] of steps.entries()) {
            const ep = endpoints[i];
            const row = rows.get(ep.name) ?? newRow();
            rows.set(ep.name, row);
            try {
              await runOnce(ep, req, row, false);
            } catch (err) {
              throw new Error(`step ${n + 1} of ${steps.length}: ${err instanceof Error ? err.message : String(err)}`);
            }
          }
        }),
        { seed: SEED, numRuns: runs(opts.runs) },
      );
    });
  });
}
