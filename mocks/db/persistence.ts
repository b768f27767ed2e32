/**
 * Browser persistence in IndexedDB (idb.ts). Scenarios regenerate exactly from (scenario, size,
 * seed, anchor date), so we store only that meta record and the records each write changed,
 * never the dataset: a reset to 100,000 customers writes two small records, and a reload
 * regenerates the scenario and replays the changes on top. Data loaded from a document (a posted
 * snapshot or a data file, mocks/snapshot) cannot be regenerated: its JSON text is stored once,
 * as the base the changes apply to (idb.ts `base`), and a reload parses and checks it again.
 *
 * Durability: every committed transaction is written (changes + meta) in ONE IndexedDB
 * transaction, and the handler's response waits for its `complete` event, so a reload right
 * after an acknowledged write keeps it.
 *
 * Several tabs: every write (data, settings, reset) runs under an origin-wide Web Lock
 * (write-lock.ts). Holding it, a tab first catches up with whatever another tab saved since it
 * last looked (the meta record's stamp says whether anything did), then writes, saves and tells
 * the others (tab-sync.ts) before letting go. So ids never collide across tabs and a write is
 * never made on data older than the last save.
 *
 * Anything unreadable (corrupt records, another schema version, a newer database version, an
 * error while replaying) is thrown away: the user gets the demo data and a notice, never a
 * broken app.
 */
import { adoptMeta, db, getMeta, installPersistence, rebuild, restore, setNotice, syncCounters } from '../runtime';
import { clearChangeStore, closeConnection, deleteDatabase, load, loadStamp, open, writeCommit, writeMeta, type SaveStamp, type Saved } from './idb';
import { announce, closeTabChannel, openTabChannel, type TabMessage } from './tab-sync';
import type { Snapshot } from '../../src/api/schemas/snapshot';
import type { MetaRecord } from './types';
import { TabQueue, withWriteLock } from './write-lock';

export { DB_NAME, SCHEMA_VERSION } from './idb';

export const RESTORED_NOTICE = 'The saved mock data could not be read, so the demo data was restored.';
export const UNAVAILABLE_NOTICE = 'This browser does not let the mock keep data, so changes last only until the page is reloaded.';

/** The save this tab's memory is up to date with. */
let known: SaveStamp = { epoch: '', seq: 0 };
/** This tab's writes and the other tabs' messages, one at a time (hydrate() opens it). */
let queue = new TabQueue();

const newEpoch = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Close the connection (tests use it to simulate a page reload). */
export function closePersistence(): void {
  closeTabChannel();
  closeConnection();
}

// ---- saving ---------------------------------------------------------------------------------

/** Set by clearChanges: the next saveMeta is the end of a reset, which other tabs must reload. */
let replacing = false;

async function saveMeta(meta: MetaRecord): Promise<void> {
  const stamp = { epoch: replacing ? newEpoch() : known.epoch, seq: known.seq + 1 };
  await writeMeta(meta, stamp);
  known = stamp;
  announce({ type: 'meta', meta, replaced: replacing, ...stamp });
  replacing = false;
}

async function clearChanges(base?: Snapshot): Promise<void> {
  await clearChangeStore(base && JSON.stringify(base));
  replacing = true;
}

/** Bring this tab's memory up to a save it has not seen (another tab's). */
async function applySaved(saved: Saved): Promise<void> {
  if (saved.epoch !== known.epoch) {
    await replay(saved);
    return;
  }
  db.applyChanges(saved.changes);
  adoptMeta(saved.meta);
  known = { epoch: saved.epoch, seq: saved.seq };
}

/** Under the write lock: has another tab saved since we last looked? Then take it first. */
async function catchUp(): Promise<void> {
  const stamp = await loadStamp();
  if (!stamp || (stamp.epoch === known.epoch && stamp.seq === known.seq)) return;
  const saved = await load(known.epoch);
  if (saved) await applySaved(saved);
}

/** One tab at a time, up to date with the others, for every write of the shared state. */
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  return queue.run(() =>
    withWriteLock(async () => {
      await catchUp();
      return run();
    }),
  );
}

function install(): void {
  installPersistence({ saveMeta, clearChanges, exclusive });
  db.gate = exclusive;
  db.onCommit = async (changes, counters) => {
    syncCounters(counters);
    const stamp = { epoch: known.epoch, seq: known.seq + 1 };
    const meta = getMeta();
    await writeCommit(changes, meta, stamp);
    known = stamp;
    announce({ type: 'commit', changes, meta, ...stamp });
  };
}

/** In-memory only: nothing to save to. */
function uninstall(): void {
  installPersistence({ saveMeta: async () => undefined, clearChanges: async () => undefined });
  db.onCommit = null;
  db.gate = null;
}

// ---- hydration -----------------------------------------------------------------------------

/** Throw the saved data away and start on the demo, telling the user why. */
async function recover(): Promise<void> {
  uninstall();
  try {
    await deleteDatabase();
    await open();
    install();
    await rebuild('demo');
  } catch (err) {
    console.warn('[mock] IndexedDB cannot be used; the data will not persist.', err);
    uninstall();
    await rebuild('demo');
  }
  setNotice(RESTORED_NOTICE);
}

/**
 * Load the saved state before the worker starts: the first visit starts on the demo; later
 * visits regenerate the saved scenario and replay the saved changes. Writes from other tabs are
 * applied here as well (tab-sync.ts) and reported through `onExternalChange`.
 */
export async function hydrate(onExternalChange?: () => void): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    uninstall();
    await rebuild('demo');
    setNotice(UNAVAILABLE_NOTICE);
    return;
  }
  // Listen before reading: what other tabs save meanwhile is applied, in order, once restored;
  // writes wait for the restore too.
  let restored = () => undefined as void;
  queue = new TabQueue(new Promise<void>((resolve) => (restored = resolve)));
  openTabChannel((m) => {
    void queue.run(() => fromOtherTab(m, onExternalChange));
  });
  try {
    const saved = await load();
    install();
    if (saved) await replay(saved);
    else await rebuild('demo');
  } catch (err) {
    console.warn('[mock] The saved mock data could not be read; restoring the demo.', err);
    await recover();
  }
  restored();
}

/**
 * Between two slices of a rebuild, let the page take its turn (the service worker's start, the
 * page's code, input); the continuation goes first when the browser can say so.
 */
function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Regenerate the saved data and apply its changes. Runs in the tab's queue (or before it opens),
 * so no write lands while the scenario is rebuilt in slices; reads meanwhile see the previous
 * data whole, as the new data is swapped in at once.
 */
async function replay(saved: Saved): Promise<void> {
  await restore(saved.meta, saved.base, giveWay);
  db.applyChanges(saved.changes);
  db.counters = { ...saved.meta.counters };
  known = { epoch: saved.epoch, seq: saved.seq };
}

/**
 * Another tab saved (see tab-sync.ts): apply it here too, then let the app refresh. Runs in the
 * tab's queue, so it never lands in the middle of a write. A save this tab already took (while
 * catching up under the lock) is not applied again: its records may have changed since.
 * Messages from different tabs may arrive out of order; on a gap, or after a reset, the tab
 * reads what is saved instead.
 */
async function fromOtherTab(m: TabMessage, onExternalChange?: () => void): Promise<void> {
  const sameEpoch = m.epoch === known.epoch;
  if (sameEpoch && m.seq <= known.seq) {
    // Already applied.
  } else if (sameEpoch && m.seq === known.seq + 1 && !(m.type === 'meta' && m.replaced)) {
    if (m.type === 'commit') db.applyChanges(m.changes);
    adoptMeta(m.meta);
    known = { epoch: m.epoch, seq: m.seq };
  } else {
    try {
      const saved = await load(known.epoch);
      if (saved) await applySaved(saved);
    } catch (err) {
      console.warn('[mock] Another tab saved data that could not be read here.', err);
      return;
    }
  }
  onExternalChange?.();
}
