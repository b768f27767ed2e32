/**
 * The fuzz runner: one fast-check property per write endpoint, with a fixed seed. Each run
 * resets the mock to the seeded demo (a millisecond), resolves the run-time placeholders,
 * sends the request as the drawn user, checks the answer, reads back what it touched, and
 * applies the contract's limits. Failures under a known hole are counted, the rest fail.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import type { z } from 'zod/mini';
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { canSeeContact } from '../rules/access';
import { db, defaultConfig, reset, updateConfig } from '../runtime';
import { setToday } from '../rules/dates';
import { TEST_TODAY, useMockApi } from '../testing';
import { isRaw, type Body, type Json } from './arbitraries';
import { checkAnswer, send, sweep, type Answer, type ExtraRead, type Failure, type ReadGroup } from './invariants';
import { holeOf } from './known-holes';
import { limitFailures, type WriteContext } from './limits';

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
  /** What to read back after an accepted write (invariants.ts `sweep`). */
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
  holes: Map<string, { count: number; example: string }>;
  /** Refusals by code and first field, printed with FUZZ_DEBUG=1 (to tune the generators). */
  reasons: Map<string, number>;
}
const DEBUG = !!process.env.FUZZ_DEBUG;

/** `@kind:n`, optionally followed by text appended to the resolved value. */
const PLACEHOLDER = /^@([a-z-]+):(\d+)(.*)$/s;

/** Resolves placeholders against the current store; `contact` is the record the path names. */
class Resolver {
  contact?: string;
  customer?: string;
  private readonly contacts = [...db.tables.contacts.rows.values()];
  /** What the acting user may see: `contact` and `active` draw from these, `any` from all. */
  private readonly visible: ContactRecord[];

  constructor(user: User) {
    this.visible = this.contacts.filter((c) => canSeeContact(user, c));
  }

  private pool(kind: string): string[] {
    const ofContact = (id: string | undefined) => (id ? db.tables.contacts.get(id) : undefined);
    const persons = (ofContact(this.contact) ? [ofContact(this.contact) as ContactRecord] : this.visible).flatMap((c) => c.contact_persons);
    const lmt = ofContact(this.contact)?.last_modified_time ?? '';
    switch (kind) {
      case 'any':
        return this.contacts.map((c) => c.contact_id);
      case 'contact':
        return this.visible.map((c) => c.contact_id);
      case 'active':
        return this.visible.filter((c) => c.status === 'active' && !c.merged_into_contact_id).map((c) => c.contact_id);
      case 'mailable':
        return this.visible.filter((c) => c.contact_persons.some((p) => p.email)).map((c) => c.contact_id);
      case 'usd':
        return this.visible.filter((c) => c.status === 'active' && !c.merged_into_contact_id && c.currency_id === '1').map((c) => c.contact_id);
      case 'person':
        return persons.map((p) => p.contact_person_id);
      case 'email':
        return persons.map((p) => p.email).filter(Boolean);
      case 'invoice': {
        const all = db.tables.invoices.all().filter((i) => i.balance_minor > 0);
        const own = all.filter((i) => i.customer_id === this.customer);
        return (own.length ? own : all).map((i) => i.invoice_id);
      }
      case 'name':
        return this.contacts.map((c) => c.contact_name);
      case 'lmt':
        return lmt ? [lmt] : [];
      case 'lmt-z':
        return lmt ? [new Date(lmt).toISOString()] : [];
      case 'lmt-offset':
        return lmt ? [new Date(Date.parse(lmt) + 9 * 3600_000).toISOString().replace('Z', '+09:00')] : [];
      default:
        return [];
    }
  }

  value(s: string): string {
    const m = PLACEHOLDER.exec(s);
    if (!m) return s;
    const pool = this.pool(m[1]);
    return (pool.length ? pool[Number(m[2]) % pool.length] : '999999') + m[3];
  }

  path(p: string): string {
    return p
      .split('/')
      .map((seg) => {
        const v = this.value(seg);
        if (/^@(contact|active|any|mailable|usd):/.test(seg)) this.contact = v;
        if (seg.startsWith('@person')) this.contact = this.contacts.find((c) => c.contact_persons.some((x) => x.contact_person_id === v))?.contact_id;
        return encodeURIComponent(v);
      })
      .join('/');
  }

  body(b: Json, key = ''): Json {
    if (typeof b === 'string') {
      const v = this.value(b);
      if (key === 'customer_id') this.customer = v;
      return v;
    }
    if (Array.isArray(b)) return b.map((x) => this.body(x, key));
    if (b && typeof b === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(b)) Object.defineProperty(out, k, { value: this.body(v, k), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return b;
  }
}

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

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

async function runOnce(ep: Endpoint, req: { user: string; path: string; body?: Body }, row: Row): Promise<void> {
  await fresh();
  const user = db.tables.users.get(req.user) ?? db.tables.users.get('1');
  if (!user) throw new Error('the demo has no users');
  const r = new Resolver(user);
  const path = r.path(req.path);
  const body = req.body === undefined || isRaw(req.body) ? req.body : r.body(req.body);
  const text = body === undefined ? undefined : isRaw(body) ? body.raw : JSON.stringify(body);
  const before = new Map(db.tables.contacts.rows);
  await updateConfig({ acting_user_id: user.user_id });
  const answer = await send(ep.method, path, text);
  await updateConfig(defaultConfig());

  const failures: Failure[] = checkAnswer(`${ep.method} ${path}`, answer, ep.success);
  const ok = answer.status >= 200 && answer.status < 300;
  const touched = touchedIds(r.contact, isRaw(body) ? undefined : body, answer);
  if (ok) failures.push(...(await sweep(touched, ep.reads, ep.extraReads)));
  const ctx: WriteContext = {
    endpoint: ep.name,
    user,
    body: isRaw(body) ? undefined : body,
    bytes: text === undefined ? 0 : Buffer.byteLength(text),
    answer,
    touched,
    before,
  };
  if (!ep.control) failures.push(...limitFailures(ctx));

  row.runs++;
  if (ok) row.ok++;
  else if (answer.status < 500) {
    row.refused++;
    const e = obj(answer.json);
    const reason = `${String(e.code)} ${String(obj((e.errors as unknown[] | undefined)?.[0]).field ?? '')}`;
    row.reasons.set(reason, (row.reasons.get(reason) ?? 0) + 1);
  }
  const real: Failure[] = [];
  for (const f of failures) {
    const hole = holeOf(f.hole, ctx);
    if (!hole) {
      real.push(f);
      continue;
    }
    const example = `${ep.method} ${path} as ${user.user_id} ${clip(text ?? '')} → ${f.message}`;
    const seen = row.holes.get(hole);
    if (!seen) row.holes.set(hole, { count: 1, example });
    else {
      seen.count++;
      if (example.length < seen.example.length) seen.example = example;
    }
  }
  if (real.length) {
    throw new Error(`${real.map((f) => f.message).join('\n')}\nrequest: ${ep.method} ${path} as user ${user.user_id}\nbody: ${clip(text ?? '(none)', 2000)}`);
  }
}

function printTable(rows: Map<string, Row>): void {
  const lines = [`${'endpoint'.padEnd(44)} ${'runs'.padStart(5)} ${'2xx'.padStart(5)} ${'4xx'.padStart(5)}  known holes hit`];
  const examples: string[] = [];
  for (const [name, r] of rows) {
    const holes = [...r.holes].map(([h, v]) => `${h}×${v.count}`).join(', ');
    lines.push(`${name.padEnd(44)} ${String(r.runs).padStart(5)} ${String(r.ok).padStart(5)} ${String(r.refused).padStart(5)}  ${holes || '-'}`);
    for (const [h, v] of r.holes) examples.push(`  [${h}] ${v.example}`);
    if (DEBUG) lines.push(`    refusals: ${[...r.reasons].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k}×${n}`).join(', ')}`);
  }
  console.log(`fuzz (seed ${SEED})\n${lines.join('\n')}${examples.length ? `\nshortest example per known hole:\n${examples.join('\n')}` : ''}`);
}

/** One describe block: a property per endpoint, the counts table printed at the end. */
export function fuzz(title: string, endpoints: Endpoint[], arbitraryUser: fc.Arbitrary<string>): void {
  describe(title, () => {
    useMockApi('demo');
    const rows = new Map<string, Row>();
    afterAll(() => printTable(rows));
    for (const ep of endpoints) {
      it(ep.name, { timeout: 120_000 }, async () => {
        const row: Row = { runs: 0, ok: 0, refused: 0, holes: new Map(), reasons: new Map() };
        rows.set(ep.name, row);
        const request = fc.record({ user: arbitraryUser, path: ep.path, ...(ep.body ? { body: ep.body } : {}) });
        await fc.assert(
          fc.asyncProperty(request, (req) => runOnce(ep, req, row)),
          { seed: SEED, numRuns: Math.max(1, Math.round((ep.runs ?? 150) * SCALE)) },
        );
      });
    }
  });
}
