/**
 * Browser persistence in IndexedDB (raw API, no dependency). Scenarios regenerate exactly from
 * (scenario, size, seed, anchor date), so we store only that meta record and the records each
 * write changed, never the dataset: a reset to 100,000 customers writes two small records, and
 * a reload regenerates the scenario and replays the changes on top.
 *
 * Durability: every committed transaction is written (changes + meta) in ONE IndexedDB
 * transaction, and the handler's response waits for its `complete` event, so a reload right
 * after an acknowledged write keeps it.
 *
 * Anything unreadable (corrupt records, another schema version, a newer database version, an
 * error while replaying) is thrown away: the user gets the demo data and a notice, never a
 * broken app.
 */
import { z } from 'zod/mini';
import { dateSchema, mockConfigSchema, scenarios } from '../../src/api/schemas';
import { adoptMeta, db, getMeta, installPersistence, reset, restore, setNotice, syncCounters } from '../runtime';
import type { Change } from './store';
import { announce, closeTabChannel, openTabChannel, type TabMessage } from './tab-sync';
import { tableKeys, tableNames, type MetaRecord, type TableName } from './types';

export const DB_NAME = 'customers-mock';
/** The IndexedDB version (object store layout). */
const IDB_VERSION = 1;
/**
 * Version of what the stores hold. Bump it when generators or record shapes change in a way
 * that makes saved changes meaningless; old saves are then discarded on the next load.
 */
export const SCHEMA_VERSION = 1;
const META = 'meta';
const CHANGES = 'changes';
const META_KEY = 'meta';

export const RESTORED_NOTICE = 'The saved mock data could not be read, so the demo data was restored.';
export const UNAVAILABLE_NOTICE =
  'This browser does not let the mock keep data, so changes last only until the page is reloaded.';

const storedMetaSchema = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  meta: z.object({
    scenario: z.enum(scenarios),
    size: z.number().check(z.int(), z.minimum(0)),
    seed: z.number().check(z.int()),
    anchor_date: dateSchema,
    config: z.partial(mockConfigSchema),
    counters: z.record(z.string(), z.number().check(z.int(), z.minimum(0))),
  }),
});

const storedChangeSchema = z
  .object({
    table: z.enum(tableNames as [TableName, ...TableName[]]),
    id: z.string(),
    value: z.union([z.record(z.string(), z.unknown()), z.null()]),
  })
  // A record stored under another id than its own key is garbage, not data.
  .check(z.refine((c) => c.value === null || String(c.value[tableKeys[c.table]]) === c.id, 'record key mismatch'));

// ---- promise wrappers around IndexedDB's events -------------------------------------------

/** Resolves when the transaction has committed (durable), rejects if it fails or aborts. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed.'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted.'));
  });
}

let connection: Promise<IDBDatabase> | null = null;

/** The open database, reopened lazily if another tab closed it (upgrade or delete). */
function open(): Promise<IDBDatabase> {
  if (connection) return connection;
  const opening = new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, IDB_VERSION);
    req.onupgradeneeded = () => {
      const idb = req.result;
      if (!idb.objectStoreNames.contains(META)) idb.createObjectStore(META);
      if (!idb.objectStoreNames.contains(CHANGES)) idb.createObjectStore(CHANGES);
    };
    req.onsuccess = () => {
      const idb = req.result;
      // Let another tab upgrade or delete the database instead of blocking it forever.
      idb.onversionchange = () => closePersistence();
      idb.onclose = () => {
        if (connection === opening) connection = null;
      };
      resolve(idb);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened.'));
  });
  connection = opening;
  opening.catch(() => {
    if (connection === opening) connection = null;
  });
  return opening;
}

/** Close the connection (tests use it to simulate a page reload). */
export function closePersistence(): void {
  closeTabChannel();
  const current = connection;
  connection = null;
  void current?.then((idb) => idb.close(), () => undefined);
}

/** How long recovery waits for other tabs to let go of the database before giving up. */
const DELETE_TIMEOUT_MS = 5_000;

function deleteDatabase(): Promise<void> {
  closePersistence();
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    // A tab running older code may hold the database open; do not hang the app on it.
    const timer = setTimeout(() => reject(new Error('Another tab keeps the mock database open.')), DELETE_TIMEOUT_MS);
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error ?? new Error('IndexedDB could not be deleted.'));
    };
  });
}

// ---- reading and writing -------------------------------------------------------------------

interface Saved {
  meta: MetaRecord;
  changes: Change[];
}

async function load(): Promise<Saved | null> {
  const idb = await open();
  const tx = idb.transaction([META, CHANGES], 'readonly');
  const metaReq = tx.objectStore(META).get(META_KEY);
  const changesReq = tx.objectStore(CHANGES).getAll();
  await committed(tx);
  if (metaReq.result === undefined) return null;
  // parse() throws on anything unexpected; hydrate() turns that into a clean demo.
  const { meta } = storedMetaSchema.parse(metaReq.result);
  const changes = (changesReq.result as unknown[]).map((c) => storedChangeSchema.parse(c) as Change);
  // The config may be partial (an older save); restore() fills it from the defaults.
  return { meta: meta as MetaRecord, changes };
}

const storedMeta = (meta: MetaRecord) => ({ schema_version: SCHEMA_VERSION, meta });

/** Set by clearChanges: the next saveMeta is the end of a reset, which other tabs must reload. */
let replacing = false;

async function saveMeta(meta: MetaRecord): Promise<void> {
  const tx = (await open()).transaction(META, 'readwrite');
  tx.objectStore(META).put(storedMeta(meta), META_KEY);
  await committed(tx);
  announce({ type: 'meta', meta, replaced: replacing });
  replacing = false;
}

async function clearChanges(): Promise<void> {
  const tx = (await open()).transaction(CHANGES, 'readwrite');
  tx.objectStore(CHANGES).clear();
  await committed(tx);
  replacing = true;
}

/** One committed database transaction → one IndexedDB transaction (changes and counters). */
async function saveCommit(changes: Change[], meta: MetaRecord): Promise<void> {
  const tx = (await open()).transaction([META, CHANGES], 'readwrite');
  const store = tx.objectStore(CHANGES);
  for (const c of changes) store.put({ table: c.table, id: c.id, value: c.value }, `${c.table}/${c.id}`);
  tx.objectStore(META).put(storedMeta(meta), META_KEY);
  await committed(tx);
}

function install(): void {
  installPersistence({ saveMeta, clearChanges });
  db.onCommit = async (changes, counters) => {
    syncCounters(counters);
    await saveCommit(changes, getMeta());
    announce({ type: 'commit', changes, meta: getMeta() });
  };
}

/** In-memory only: nothing to save to. */
function uninstall(): void {
  installPersistence({ saveMeta: async () => undefined, clearChanges: async () => undefined });
  db.onCommit = null;
}

// ---- hydration -----------------------------------------------------------------------------

/** Throw the saved data away and start on the demo, telling the user why. */
async function recover(): Promise<void> {
  uninstall();
  try {
    await deleteDatabase();
    await open();
    install();
    await reset('demo');
  } catch (err) {
    console.warn('[mock] IndexedDB cannot be used; the data will not persist.', err);
    uninstall();
    await reset('demo');
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
    await reset('demo');
    setNotice(UNAVAILABLE_NOTICE);
    return;
  }
  // Listen before reading: what other tabs save meanwhile is applied, in order, once restored.
  let restored = () => undefined as void;
  let queue = new Promise<void>((resolve) => (restored = resolve));
  openTabChannel((m) => {
    queue = queue.then(() => fromOtherTab(m, onExternalChange));
  });
  try {
    const saved = await load();
    install();
    if (saved) replay(saved);
    else await reset('demo');
  } catch (err) {
    console.warn('[mock] The saved mock data could not be read; restoring the demo.', err);
    await recover();
  }
  restored();
}

function replay(saved: Saved): void {
  restore(saved.meta);
  db.applyChanges(saved.changes);
  db.counters = { ...saved.meta.counters };
}

/**
 * Another tab wrote (see tab-sync.ts): apply it here too, then let the app refresh. Runs one
 * message at a time (hydrate's queue), so a commit never lands in data a reset then replaces.
 */
async function fromOtherTab(m: TabMessage, onExternalChange?: () => void): Promise<void> {
  if (m.type === 'commit') {
    db.applyChanges(m.changes);
    adoptMeta(m.meta);
  } else if (!m.replaced) {
    adoptMeta(m.meta);
  } else {
    try {
      const saved = await load();
      if (saved) replay(saved);
    } catch (err) {
      console.warn('[mock] Another tab reset the data, and it could not be read here.', err);
      return;
    }
  }
  onExternalChange?.();
}
