/**
 * The one running mock backend: its database, the designer settings (latency, failure rate,
 * acting user) and the scenario it was built from. Browser, Node tests and the standalone
 * server each get one instance of this module.
 */
import type { FaultRule, MockConfig, MockState, Scenario } from '../src/api/schemas';
import type { Snapshot } from '../src/api/schemas/snapshot';
import { Database } from './db/store';
import type { Dataset, MetaRecord } from './db/types';
import { buildScenario, buildScenarioSliced } from './scenarios';
import { setClockSource, todayIso } from './rules/dates';

export const DEFAULT_SEED = 42;
export const DEFAULT_LARGE_SIZE = 10_000;
/** The demo's admin; every scenario has this user. */
export const DEFAULT_ACTING_USER = '1';

export const db = new Database();

export const defaultConfig = (): MockConfig => ({
  latency_ms: 0,
  error_rate: 0,
  acting_user_id: DEFAULT_ACTING_USER,
  today: null,
  faults: [],
});

let meta: MetaRecord = {
  scenario: 'empty',
  size: 0,
  seed: DEFAULT_SEED,
  anchor_date: todayIso(),
  config: defaultConfig(),
  counters: {},
};
let notice: string | undefined;
// Every date the mock derives follows the configured day, whichever way the config changed
// (the API, a reset, hydration from IndexedDB, another tab's save).
setClockSource(() => meta.config.today ?? null);

/** Persistence hooks the browser installs (IndexedDB); no-ops in Node. */
export interface PersistenceHooks {
  saveMeta(meta: MetaRecord): Promise<void>;
  /** Drop the saved changes; `base` is the loaded document the data now starts from (none: a scenario). */
  clearChanges(base?: Snapshot): Promise<void>;
  /**
   * Run a write of the shared state (reset, settings) exclusively across tabs, after catching
   * up with what the others saved (db.transact uses the same gate for data writes).
   */
  exclusive?<T>(run: () => Promise<T>): Promise<T>;
}
let persistence: PersistenceHooks | null = null;
export function installPersistence(hooks: PersistenceHooks): void {
  persistence = hooks;
}
const exclusive = <T>(run: () => Promise<T>): Promise<T> => (persistence?.exclusive ? persistence.exclusive(run) : run());

export function getMeta(): MetaRecord {
  return meta;
}
export function getConfig(): MockConfig {
  return meta.config;
}
export function setNotice(text: string | undefined): void {
  notice = text;
}
export function getState(): MockState {
  return {
    ...meta.config,
    scenario: meta.scenario,
    ...(meta.name !== undefined ? { name: meta.name } : {}),
    size: meta.size,
    seed: meta.seed,
    ...(notice ? { notice } : {}),
  };
}

export interface ResetOptions {
  size?: number;
  seed?: number;
  anchorDate?: string;
  keepConfig?: boolean;
}

/** Rebuild the data deterministically from a scenario, size and seed (the control API's reset). */
export function reset(scenario: Scenario, opts: ResetOptions = {}): Promise<MockState> {
  return exclusive(() => rebuild(scenario, opts));
}

/** `reset` without taking the write lock: for start-up and recovery, which run before it exists. */
export async function rebuild(scenario: Scenario, opts: ResetOptions = {}): Promise<MockState> {
  const size = scenario === 'large' ? (opts.size ?? DEFAULT_LARGE_SIZE) : 0;
  const seed = opts.seed ?? DEFAULT_SEED;
  const config = opts.keepConfig === false ? defaultConfig() : { ...meta.config };
  // The data is built around the day it will run on (a reset keeps the clock with the config).
  const anchor = opts.anchorDate ?? config.today ?? todayIso();
  const data = buildScenario(scenario, { size, seed, anchorDate: anchor });
  return replaceData(data, { scenario, size, seed, anchor_date: anchor }, opts.keepConfig);
}

/** Where loaded data came from: a posted snapshot or a data file (by name). */
export interface LoadedSource {
  scenario: 'snapshot' | 'file';
  name?: string;
}

/** Replace the data with a checked snapshot document (mocks/snapshot), saved as the new base. */
export function loadSnapshot(data: Dataset, source: LoadedSource, snapshot: Snapshot): Promise<MockState> {
  return exclusive(() => replaceData(data, { ...source, size: data.contacts.length, seed: DEFAULT_SEED, anchor_date: todayIso() }, true, snapshot));
}

async function replaceData(data: Dataset, origin: Omit<MetaRecord, 'config' | 'counters'>, keepConfig?: boolean, base?: Snapshot): Promise<MockState> {
  db.replaceAll(data);
  meta = {
    ...origin,
    config: keepConfig === false ? defaultConfig() : { ...meta.config },
    counters: { ...db.counters },
  };
  // An acting user that no longer exists falls back to the admin.
  if (!db.tables.users.has(meta.config.acting_user_id)) {
    meta.config = { ...meta.config, acting_user_id: DEFAULT_ACTING_USER };
  }
  notice = undefined;
  if (persistence) {
    await persistence.clearChanges(base);
    await persistence.saveMeta(meta);
  }
  return getState();
}

/**
 * Restore a previously saved state (browser hydration); the caller applies saved changes. A
 * loaded document's data (`base`) is what was saved with it; a scenario is regenerated, giving
 * the page a turn (`pause`) every few thousand customers. The data and meta are swapped in
 * together once the build is done, so nothing ever reads a half-built state.
 */
export async function restore(saved: MetaRecord, base?: Dataset, pause: () => Promise<void> = async () => undefined): Promise<void> {
  let data: Dataset;
  if (saved.scenario === 'snapshot' || saved.scenario === 'file') {
    if (!base) throw new Error('The saved data names a loaded document, but none was saved.');
    data = base;
  } else {
    data = await buildScenarioSliced(saved.scenario, { size: saved.size, seed: saved.seed, anchorDate: saved.anchor_date }, pause);
  }
  db.replaceAll(data);
  meta = { ...saved, config: { ...defaultConfig(), ...saved.config } };
}

export function updateConfig(patch: Partial<MockConfig>): Promise<MockState> {
  return exclusive(async () => {
    meta = { ...meta, config: { ...meta.config, ...patch } };
    if (persistence) await persistence.saveMeta(meta);
    return getState();
  });
}

/** Bumped whenever another tab's settings are taken (`adoptMeta`). */
let adoptions = 0;

/**
 * Change the scripted faults at once (a call consumed one: mocks/faults), then save them like
 * any setting. Should another tab's settings be taken before the save, `change` is applied to
 * those again, so the consumption is not lost.
 */
export function changeFaults(change: (faults: FaultRule[]) => FaultRule[]): Promise<void> {
  const apply = () => (meta = { ...meta, config: { ...meta.config, faults: change(meta.config.faults) } });
  apply();
  const seen = adoptions;
  return exclusive(async () => {
    if (adoptions !== seen) apply();
    if (persistence) await persistence.saveMeta(meta);
  });
}

/**
 * Another tab saved: take its settings, and continue numbering after the highest id either tab
 * has used (the write lock makes sure this happens before this tab's next write).
 */
export function adoptMeta(other: MetaRecord): void {
  const counters = { ...db.counters };
  for (const [k, v] of Object.entries(other.counters)) counters[k] = Math.max(counters[k] ?? 0, v);
  db.counters = counters;
  meta = { ...meta, config: { ...defaultConfig(), ...other.config }, counters };
  adoptions++;
}

/** Keep the counters in meta current so hydration continues numbering where it stopped. */
export function syncCounters(counters: Record<string, number>): void {
  meta = { ...meta, counters };
}
