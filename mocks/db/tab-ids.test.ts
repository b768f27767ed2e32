/**
 * Two tabs writing at the same moment (fresh module copies on one fake IndexedDB, with a
 * stand-in for navigator.locks): ids never collide, and a write never builds on data older
 * than the last save.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RuntimeModule from '../runtime';
import type * as PersistenceModule from './persistence';
import type * as DatesModule from '../rules/dates';
import type { ContactRecord } from './types';

interface Tab {
  rt: typeof RuntimeModule;
  p: typeof PersistenceModule;
}

/** An origin-wide exclusive lock, as navigator.locks gives the tabs of one browser. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name: string, _options: unknown, work: () => Promise<unknown>) {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => work());
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

const tabs: Tab[] = [];

async function openTab(): Promise<Tab> {
  vi.resetModules();
  const dates: typeof DatesModule = await import('../rules/dates');
  dates.setToday('2026-06-15');
  const rt: typeof RuntimeModule = await import('../runtime');
  const p: typeof PersistenceModule = await import('./persistence');
  await p.hydrate();
  const tab = { rt, p };
  tabs.push(tab);
  return tab;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('navigator', { locks: fakeLocks() });
});
afterEach(() => {
  for (const t of tabs.splice(0)) t.p.closePersistence();
  vi.unstubAllGlobals();
});

function createIn(tab: Tab, template: ContactRecord, name: string): Promise<string> {
  return tab.rt.db.transact((tx) => {
    const id = tx.nextId('contact');
    tx.contacts.put({ ...template, contact_id: id, contact_name: name });
    return id;
  });
}

describe('two tabs writing at once', () => {
  it('never hand out the same id, and every customer is there after a reload', async () => {
    const a = await openTab();
    const b = await openTab();
    const template = a.rt.db.tables.contacts.get('1');
    if (!template) throw new Error('demo has no customer 1');
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(...(await Promise.all([createIn(a, template, `A ${i}`), createIn(b, template, `B ${i}`)])));
    expect(new Set(ids).size).toBe(100);
    // Each tab caught up before its last write, so it already holds every customer.
    expect(a.rt.db.tables.contacts.size).toBeGreaterThanOrEqual(139);
    await vi.waitFor(() => expect(a.rt.db.tables.contacts.size).toBe(140));
    await vi.waitFor(() => expect(b.rt.db.tables.contacts.size).toBe(140));

    const reloaded = await openTab();
    expect(reloaded.rt.db.tables.contacts.size).toBe(140);
    const names = new Set([...reloaded.rt.db.tables.contacts.rows.values()].map((c) => c.contact_name));
    for (let i = 0; i < 50; i++) expect(names.has(`A ${i}`) && names.has(`B ${i}`)).toBe(true);
  });

  it("builds each write on the other tab's last save, which its late message does not undo", async () => {
    const a = await openTab();
    const b = await openTab();
    const rename = (tab: Tab, suffix: string) =>
      tab.rt.db.transact((tx) => {
        const c = tx.contacts.get('1');
        if (!c) throw new Error('no customer 1');
        tx.contacts.put({ ...c, contact_name: `${c.contact_name} ${suffix}` });
      });
    await rename(a, '+A');
    // B has not necessarily heard from A yet; under the lock it reads A's save first.
    await rename(b, '+B');
    await rename(a, '+A2');
    const expected = 'Acme Inc. +A +B +A2';
    await vi.waitFor(() => expect(b.rt.db.tables.contacts.get('1')?.contact_name).toBe(expected));
    expect(a.rt.db.tables.contacts.get('1')?.contact_name).toBe(expected);
    // Messages still on their way change nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([a, b].map((t) => t.rt.db.tables.contacts.get('1')?.contact_name)).toEqual([expected, expected]);
  });

  it("runs a whole write request, the reads before its transaction included, on the other tab's last save", async () => {
    const a = await openTab();
    const b = await openTab();
    await a.rt.db.transact((tx) => {
      const c = tx.contacts.get('1');
      if (!c) throw new Error('no customer 1');
      tx.contacts.put({ ...c, contact_name: 'Renamed in A' });
    });
    // As PUT /contacts/{id} does: read the stored record (If-Match, 3010), then write from it.
    await b.rt.db.exclusive(async () => {
      const seen = b.rt.db.tables.contacts.get('1');
      if (!seen) throw new Error('no customer 1');
      await b.rt.db.transact((tx) => tx.contacts.put({ ...seen, notes: 'from B' }));
    });
    for (const tab of [a, b]) {
      await vi.waitFor(() => expect(tab.rt.db.tables.contacts.get('1')).toMatchObject({ contact_name: 'Renamed in A', notes: 'from B' }));
    }
  });

  it('take settings and resets under the same lock', async () => {
    const a = await openTab();
    const b = await openTab();
    const template = a.rt.db.tables.contacts.get('1');
    if (!template) throw new Error('demo has no customer 1');
    // A's settings change must not overwrite the counters B just saved.
    await Promise.all([createIn(b, template, 'B first'), a.rt.updateConfig({ latency_ms: 5 })]);
    const next = await createIn(a, template, 'A next');
    expect(next).toBe('42');
    await a.rt.reset('large', { size: 30, seed: 1 });
    expect(await createIn(b, template, 'After reset')).toBe('31');
    expect(b.rt.db.tables.contacts.size).toBe(31);
  });
});
