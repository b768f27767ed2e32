/**
 * Persistence against an in-memory IndexedDB (fake-indexeddb). A "page load" is a fresh copy
 * of the runtime and persistence modules (vi.resetModules) hydrating from the same database,
 * after the previous page's connection was closed.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RuntimeModule from '../runtime';
import type * as PersistenceModule from './persistence';
import type * as DatesModule from '../rules/dates';
import type * as FaultsModule from '../faults/inject';

const TODAY = '2026-06-15';
const DB = 'customers-mock';

interface Page {
  rt: typeof RuntimeModule;
  p: typeof PersistenceModule;
}

let current: Page | null = null;

/** Close the previous page (if any) and load a new one. */
async function loadPage(): Promise<Page> {
  current?.p.closePersistence();
  vi.resetModules();
  const dates: typeof DatesModule = await import('../rules/dates');
  dates.setToday(TODAY);
  const rt: typeof RuntimeModule = await import('../runtime');
  const p: typeof PersistenceModule = await import('./persistence');
  await p.hydrate();
  current = { rt, p };
  return current;
}

/** Write straight into the database, as a bug or another version of the app might. */
function rawPut(store: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const idb = req.result;
      const tx = idb.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function rawCount(store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const idb = req.result;
      const count = idb.transaction(store, 'readonly').objectStore(store).count();
      count.onsuccess = () => {
        idb.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });
}

beforeEach(() => {
  vi.restoreAllMocks();
  current?.p.closePersistence();
  current = null;
  // A fresh browser profile for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('IndexedDB persistence', () => {
  it('starts a first visit on the demo and saves only the meta', async () => {
    const { rt } = await loadPage();
    expect(rt.getMeta().scenario).toBe('demo');
    expect(rt.db.tables.contacts.size).toBe(40);
    expect(rt.getState().notice).toBeUndefined();
    expect(await rawCount('meta')).toBe(1);
    expect(await rawCount('changes')).toBe(0);
  });

  it('keeps committed writes across a reload, durable when transact resolves', async () => {
    const first = await loadPage();
    const acme = first.rt.db.tables.contacts.get('1');
    if (!acme) throw new Error('demo has no customer 1');
    await first.rt.db.transact((tx) => {
      tx.contacts.put({ ...acme, contact_name: 'Acme Renamed' });
      tx.contacts.put({ ...acme, contact_id: tx.nextId('contact'), contact_name: 'Brand New Ltd' });
      tx.contacts.delete('40');
    });
    // Durable before the response: already in the database, no close needed.
    expect(await rawCount('changes')).toBe(3);

    const { rt } = await loadPage();
    expect(rt.db.tables.contacts.get('1')?.contact_name).toBe('Acme Renamed');
    expect(rt.db.tables.contacts.get('41')?.contact_name).toBe('Brand New Ltd');
    expect(rt.db.tables.contacts.has('40')).toBe(false);
    expect(rt.db.counters.contact).toBe(41);
    // Numbering continues where it stopped.
    await rt.db.transact((tx) => expect(tx.nextId('contact')).toBe('42'));
  });

  it('keeps custom views across a reload, like every other table', async () => {
    const first = await loadPage();
    const shared = first.rt.db.tables.customViews.get('1');
    if (!shared) throw new Error('demo has no custom view 1');
    await first.rt.db.transact((tx) => {
      tx.customViews.put({ ...shared, customview_id: tx.nextId('customview'), name: 'Mine', visibility: 'only_me', created_by_id: '2' });
      tx.customViews.delete('2');
    });
    const { rt } = await loadPage();
    expect(rt.db.tables.customViews.all().map((v) => [v.customview_id, v.name])).toEqual([
      ['1', 'Japanese customers'],
      ['3', 'Mine'],
    ]);
    expect(rt.db.counters.customview).toBe(3);
  });

  it('keeps each user’s saved import selections across a reload', async () => {
    const first = await loadPage();
    const saved = { columns: [{ header: 'Display Name', field: 'contact_name' }], match_by: 'email', on_duplicate: 'update' as const };
    await first.rt.db.transact((tx) => tx.importMappings.put({ ...saved, user_id: '3', updated_time: '2026-06-15T09:00:00.000+00:00' }));
    const { rt } = await loadPage();
    expect(rt.db.tables.importMappings.get('3')).toMatchObject(saved);
    expect(rt.db.tables.importMappings.has('1')).toBe(false);
  });

  it('clears saved changes on reset and regenerates the chosen scenario', async () => {
    const first = await loadPage();
    const acme = first.rt.db.tables.contacts.get('1');
    if (!acme) throw new Error('demo has no customer 1');
    await first.rt.db.transact((tx) => tx.contacts.put({ ...acme, contact_name: 'Acme Renamed' }));
    await first.rt.reset('large', { size: 500, seed: 9 });
    expect(await rawCount('changes')).toBe(0);

    const second = await loadPage();
    expect(second.rt.getMeta()).toMatchObject({ scenario: 'large', size: 500, seed: 9 });
    expect(second.rt.db.tables.contacts.size).toBe(500);
    await second.rt.reset('demo');

    const third = await loadPage();
    expect(third.rt.db.tables.contacts.get('1')?.contact_name).toBe('Acme Inc.');
  });

  it('keeps designer settings across a reload', async () => {
    const first = await loadPage();
    await first.rt.updateConfig({ latency_ms: 250, error_rate: 0.1, acting_user_id: '3', today: '2026-09-01' });
    const { rt } = await loadPage();
    expect(rt.getConfig()).toEqual({ latency_ms: 250, error_rate: 0.1, acting_user_id: '3', today: '2026-09-01', faults: [] });
    // The clock comes back with them: the reloaded page's dates follow it.
    const dates: typeof DatesModule = await import('../rules/dates');
    expect(dates.todayIso()).toBe('2026-09-01');
  });

  it('keeps scripted faults, and what calls used of them, across a reload', async () => {
    const first = await loadPage();
    const rule = { method: 'GET' as const, path: '/api/v3/users', status: 500, times: 3 };
    await first.rt.updateConfig({ faults: [rule] });
    const faults: typeof FaultsModule = await import('../faults/inject');
    const taken = faults.takeFault(new Request('http://localhost/api/v3/users'));
    expect(taken?.rule).toEqual(rule);
    // Taken at once, saved before the call answers.
    expect(first.rt.getConfig().faults).toEqual([{ ...rule, times: 2 }]);
    await taken?.saved;
    const { rt } = await loadPage();
    expect(rt.getConfig().faults).toEqual([{ ...rule, times: 2 }]);
  });

  it.each([
    ['garbage meta', () => rawPut('meta', 'meta', 'garbage')],
    ['another schema version', () => rawPut('meta', 'meta', { schema_version: 999, meta: {} })],
    ['a change that is not a record', () => rawPut('changes', 'contacts/1', { table: 'contacts', id: '1', value: 42 })],
    ['a change filed under another id', () => rawPut('changes', 'contacts/1', { table: 'contacts', id: '1', value: { contact_id: '2' } })],
    ['an unknown table', () => rawPut('changes', 'nope/1', { table: 'nope', id: '1', value: null })],
  ])('restores the demo with a notice after %s', async (_label, corrupt) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await loadPage();
    await first.rt.reset('large', { size: 100 });
    first.p.closePersistence();
    await corrupt();

    const { rt, p } = await loadPage();
    expect(rt.getMeta().scenario).toBe('demo');
    expect(rt.db.tables.contacts.size).toBe(40);
    expect(rt.getState().notice).toBe(p.RESTORED_NOTICE);
    expect(warn).toHaveBeenCalled();

    // The recovery itself was saved: the next load is clean and silent.
    const next = await loadPage();
    expect(next.rt.getMeta().scenario).toBe('demo');
    expect(next.rt.getState().notice).toBeUndefined();
  });

  it('recovers from a database of a newer version', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB, 7);
      req.onupgradeneeded = () => req.result.createObjectStore('something-else');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const { rt, p } = await loadPage();
    expect(rt.getMeta().scenario).toBe('demo');
    expect(rt.getState().notice).toBe(p.RESTORED_NOTICE);
    expect(await rawCount('meta')).toBe(1);
  });

  it('resets to 100,000 customers without storing them', async () => {
    const first = await loadPage();
    let started = performance.now();
    await first.rt.reset('large', { size: 100_000 });
    const resetMs = performance.now() - started;
    expect(await rawCount('changes')).toBe(0);

    started = performance.now();
    const { rt } = await loadPage();
    const reloadMs = performance.now() - started;
    expect(rt.db.tables.contacts.size).toBe(100_000);
    console.log(`[persistence] reset to large 100k: ${resetMs.toFixed(0)} ms; reload: ${reloadMs.toFixed(0)} ms`);
  });
});

/** A second tab: fresh modules on the same database, the first tab left open. */
async function openTab(onExternalChange?: () => void): Promise<Page> {
  vi.resetModules();
  const dates: typeof DatesModule = await import('../rules/dates');
  dates.setToday(TODAY);
  const rt: typeof RuntimeModule = await import('../runtime');
  const p: typeof PersistenceModule = await import('./persistence');
  await p.hydrate(onExternalChange);
  return { rt, p };
}

describe('several tabs', () => {
  it("applies another tab's writes, numbers after them, follows its settings and reloads after its reset", async () => {
    const a = await openTab();
    const changed = vi.fn();
    const b = await openTab(changed);
    try {
      const acme = a.rt.db.tables.contacts.get('1');
      if (!acme) throw new Error('demo has no customer 1');
      await a.rt.db.transact((tx) => {
        tx.contacts.put({ ...acme, contact_name: 'Renamed in A' });
        tx.contacts.put({ ...acme, contact_id: tx.nextId('contact'), contact_name: 'New in A' });
      });
      await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
      expect(b.rt.db.tables.contacts.get('1')?.contact_name).toBe('Renamed in A');
      expect(b.rt.db.tables.contacts.get('41')?.contact_name).toBe('New in A');
      // B's next customer is 42, not a second 41.
      await b.rt.db.transact((tx) => expect(tx.nextId('contact')).toBe('42'));

      await a.rt.updateConfig({ acting_user_id: '2' });
      await vi.waitFor(() => expect(b.rt.getConfig().acting_user_id).toBe('2'));

      await a.rt.reset('large', { size: 300, seed: 3 });
      await vi.waitFor(() => expect(b.rt.db.tables.contacts.size).toBe(300));
      expect(b.rt.getMeta()).toMatchObject({ scenario: 'large', size: 300, seed: 3 });
    } finally {
      a.p.closePersistence();
      b.p.closePersistence();
    }
  });

  it("rebuilds another tab's large reset in slices: reads see one whole state, and a write waits for the new one", async () => {
    const a = await openTab();
    const b = await openTab();
    // Sample what B holds on every turn of the event loop while it rebuilds 12,000 customers.
    const seen = new Set<number>();
    const sampler = setInterval(() => seen.add(b.rt.db.tables.contacts.size), 0);
    try {
      await a.rt.reset('large', { size: 12_000, seed: 5 });
      // B's write runs under the lock after catching up, so on the rebuilt data: the next id is 12,001.
      const id = await b.rt.db.transact((tx) => {
        const first = tx.contacts.get('1');
        if (!first) throw new Error('no customer 1');
        return tx.contacts.put({ ...first, contact_id: tx.nextId('contact'), contact_name: 'Made in B' }).contact_id;
      });
      expect(id).toBe('12001');
      await vi.waitFor(() => expect(a.rt.db.tables.contacts.get('12001')?.contact_name).toBe('Made in B'));
      expect(b.rt.db.tables.contacts.size).toBe(12_001);
    } finally {
      clearInterval(sampler);
      a.p.closePersistence();
      b.p.closePersistence();
    }
    // Never a half-built table: the demo's 40, the reset's 12,000, then B's write.
    for (const size of seen) expect([40, 12_000, 12_001]).toContain(size);
  });
});
