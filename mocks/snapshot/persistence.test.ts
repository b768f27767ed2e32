/**
 * A loaded snapshot or data file survives a reload in the browser: it is saved in IndexedDB as
 * the base the saved changes apply to (fake-indexeddb; a "page load" is a fresh copy of the
 * modules hydrating from the same database, as in db/persistence.test.ts).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RuntimeModule from '../runtime';
import type * as PersistenceModule from '../db/persistence';
import type * as LoadModule from './load';
import type * as DocumentModule from './document';
import type * as DatesModule from '../rules/dates';

interface Page {
  rt: typeof RuntimeModule;
  p: typeof PersistenceModule;
  load: typeof LoadModule;
  doc: typeof DocumentModule;
}
let current: Page | null = null;

async function loadPage(): Promise<Page> {
  current?.p.closePersistence();
  vi.resetModules();
  const dates: typeof DatesModule = await import('../rules/dates');
  dates.setToday('2026-06-15');
  const rt: typeof RuntimeModule = await import('../runtime');
  const p: typeof PersistenceModule = await import('../db/persistence');
  await p.hydrate();
  current = { rt, p, load: await import('./load'), doc: await import('./document') };
  return current;
}

const text = (page: Page) => JSON.stringify(page.doc.takeSnapshot(page.rt.db));

beforeEach(() => {
  current?.p.closePersistence();
  current = null;
  vi.stubGlobal('indexedDB', new IDBFactory());
});

describe('a loaded snapshot in IndexedDB', () => {
  it('survives a reload, with the writes made after it, until a reset', async () => {
    const first = await loadPage();
    await first.rt.reset('large', { size: 300, seed: 7 });
    const doc = first.doc.takeSnapshot(first.rt.db);
    const loadedText = JSON.stringify(doc);
    await first.rt.reset('empty');
    await first.load.loadPosted(JSON.parse(loadedText));
    const one = first.rt.db.tables.contacts.get('1');
    if (!one) throw new Error('no customer 1');
    await first.rt.db.transact((tx) => tx.contacts.put({ ...one, contact_name: 'Renamed after the load' }));

    const second = await loadPage();
    expect(second.rt.getState()).toMatchObject({ scenario: 'snapshot', size: 300 });
    expect(second.rt.db.tables.contacts.size).toBe(300);
    expect(second.rt.db.tables.contacts.get('1')?.contact_name).toBe('Renamed after the load');
    await second.rt.db.transact((tx) => expect(tx.nextId('contact')).toBe(String(doc.counters.contact + 1)));

    await second.rt.reset('demo');
    const third = await loadPage();
    expect(third.rt.getState().scenario).toBe('demo');
    expect(third.rt.db.tables.contacts.size).toBe(40);
  });

  it('keeps a data file by name across a reload', async () => {
    const first = await loadPage();
    await first.load.loadFile('after-a-messy-import');
    const before = text(first);
    const second = await loadPage();
    expect(second.rt.getState()).toMatchObject({ scenario: 'file', name: 'after-a-messy-import', size: 12 });
    expect(text(second)).toBe(before);
  });

  it('restores the demo with a notice when the saved base is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await loadPage();
    await first.load.loadFile('month-end-collections');
    first.p.closePersistence();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('customers-mock');
      req.onsuccess = () => {
        const tx = req.result.transaction('meta', 'readwrite');
        tx.objectStore('meta').delete('base');
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const second = await loadPage();
    expect(second.rt.getState()).toMatchObject({ scenario: 'demo', notice: expect.any(String) as string });
    expect(warn).toHaveBeenCalled();
  });
});
