/**
 * The mock's control API (`/__mock/*`, api.md "Mock control"), called from inside the page: in
 * the demo build the app's own service worker answers it, so each Playwright browser context
 * (each test) has its own data and settings, and tests running side by side never see each other.
 */
import type { Page } from '@playwright/test';

export type ScenarioName = 'empty' | 'demo' | 'large' | 'japanese';

/** A data set as GET /__mock/snapshot gives it (`format: "customers-mock/1"`, api.md). */
export interface Snapshot {
  format: 'customers-mock/1';
  [table: string]: unknown;
}

export interface ResetOptions {
  scenario?: ScenarioName;
  /** `large` only: how many customers (default 10,000). */
  size?: number;
  /** The generator's seed: the same seed gives the same data. */
  seed?: number;
}

/** A scripted failure (api.md "Mock control, second wave"). */
export interface FaultRule {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | '*';
  /** A glob over the path: `*` is one segment, `**` any number (`/api/v3/contacts/*\/email`). */
  path: string;
  status: number;
  code?: number;
  message?: string;
  /** How many matching calls fail (default 1). */
  times?: number;
  delay_ms?: number;
  /** Fail inside the write, after this many records were written (the write rolls back whole). */
  after_writes?: number;
}

export interface MockState {
  scenario: string;
  size: number;
  seed: number;
  latency_ms: number;
  error_rate: number;
  acting_user_id: string;
  /** The mock's clock (YYYY-MM-DD), null for the real date. */
  today: string | null;
  /** What is left of each scripted fault. */
  faults: FaultRule[];
  [more: string]: unknown;
}

/** A control call the mock refused: its HTTP status and the API's `{code, message, errors}`. */
export class MockControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: { code?: number; message?: string; errors?: { field: string; message: string }[] },
  ) {
    super(`Mock control answered ${status}: ${body.message ?? 'no message'}`);
    this.name = 'MockControlError';
  }
}

/** One control call from inside the page, answered whatever its status: `{status, json}`. */
export function controlRequest(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(`/__mock${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

export class MockControl {
  constructor(private readonly page: Page) {}

  /** Open any page of the app and wait until its mock answers (needed before the first call). */
  async ready(): Promise<void> {
    if (!this.page.url().startsWith('http')) await this.page.goto('/outbox');
    await this.page.getByRole('button', { name: 'Designer tools' }).waitFor();
  }

  /** Any control call; resolves with the answer's body, throws MockControlError otherwise. */
  async call<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    await this.ready();
    const r = await controlRequest(this.page, method, path, body);
    if (r.status >= 400) throw new MockControlError(r.status, r.json);
    return r.json as T;
  }

  /** Rebuild the data from a scenario (the designer settings stay). */
  async reset(opts: ResetOptions | ScenarioName = {}): Promise<MockState> {
    const body = typeof opts === 'string' ? { scenario: opts } : { scenario: 'demo', ...opts };
    return (await this.call<{ state: MockState }>('POST', '/reset', body)).state;
  }

  /** The current settings and scenario. */
  async config(): Promise<MockState> {
    return (await this.call<{ config: MockState }>('GET', '/config')).config;
  }

  /** Change settings (latency_ms, error_rate, acting_user_id, today, faults). */
  async configure(patch: Record<string, unknown>): Promise<MockState> {
    return (await this.call<{ config: MockState }>('PUT', '/config', patch)).config;
  }

  /** Act as another user (ids as in the demo: "1" is the admin) for this test's page. */
  actAs(userId: string): Promise<MockState> {
    return this.configure({ acting_user_id: userId });
  }

  /** Fix the mock's "today" (YYYY-MM-DD); null returns to the real date. Reload pages to see it. */
  setToday(iso: string | null): Promise<MockState> {
    return this.configure({ today: iso });
  }

  /** Add a scripted fault to those already set (each matching call uses one of its `times`). */
  async fault(rule: FaultRule): Promise<MockState> {
    const { faults } = await this.config();
    return this.configure({ faults: [...faults, rule] });
  }

  clearFaults(): Promise<MockState> {
    return this.configure({ faults: [] });
  }

  /** The whole data set, to keep or hand to `load` later (or to a colleague as a file). */
  async snapshot(): Promise<Snapshot> {
    await this.ready();
    const r = await this.page.evaluate(async () => {
      const res = await fetch('/__mock/snapshot');
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    });
    if (r.status >= 400) throw new MockControlError(r.status, r.json);
    return r.json as Snapshot;
  }

  /** Replace the data with a snapshot (validated by the mock: a bad one throws, nothing changes). */
  async load(data: Snapshot): Promise<MockState> {
    return (await this.call<{ state: MockState }>('POST', '/reset', { scenario: 'snapshot', data })).state;
  }

  /** Load one of the data files under mocks/scenarios/files/ by name ("month-end-collections"). */
  async loadFile(name: string): Promise<MockState> {
    return (await this.call<{ state: MockState }>('POST', '/reset', { scenario: 'file', name })).state;
  }
}
