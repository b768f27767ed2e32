/**
 * The IndexedDB side of persistence (raw API, no dependency): one `meta` record (the scenario
 * recipe, designer settings, id counters, and which save it is) and one record per changed row.
 * Everything read is validated; anything unexpected throws, and persistence.ts recovers.
 */
import { z } from 'zod/mini';
import { dateSchema, loadedScenarios, mockConfigSchema } from '../../src/api/schemas';
import { parseSnapshot } from '../snapshot/document';
import type { Change } from './store';
import { tableKeys, tableNames, type Dataset, type MetaRecord, type TableName } from './types';

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
/** In the meta store too: the loaded snapshot the data starts from (`{schema_version, text}`), if any. */
const BASE_KEY = 'base';

/**
 * Which save the stored data is: `epoch` changes with every reset (the data was replaced),
 * `seq` grows with every save (commit, settings, reset). A tab that knows both has every saved
 * change in memory. Saves from before they existed read as epoch '' and seq 0.
 */
export interface SaveStamp {
  epoch: string;
  seq: number;
}

const storedMetaSchema = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  epoch: z._default(z.string(), ''),
  seq: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  meta: z.object({
    scenario: z.enum(loadedScenarios),
    name: z.optional(z.string()),
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
export function open(): Promise<IDBDatabase> {
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
      idb.onversionchange = () => closeConnection();
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

export function closeConnection(): void {
  const current = connection;
  connection = null;
  void current?.then(
    (idb) => idb.close(),
    () => undefined,
  );
}

/** How long recovery waits for other tabs to let go of the database before giving up. */
const DELETE_TIMEOUT_MS = 5_000;

export function deleteDatabase(): Promise<void> {
  closeConnection();
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

export interface Saved extends SaveStamp {
  meta: MetaRecord;
  changes: Change[];
  /** The loaded document's data, when the meta names one (and it was asked for). */
  base?: Dataset;
}

const storedBaseSchema = z.object({ schema_version: z.literal(SCHEMA_VERSION), text: z.string() });

/** The saved base document, checked as a posted one would be. */
function parseBase(raw: unknown): Dataset {
  if (raw === undefined) throw new Error('The saved data names a loaded document, but none was saved.');
  const parsed = parseSnapshot(JSON.parse(storedBaseSchema.parse(raw).text));
  if (!parsed.ok) throw new Error(`The saved document does not load: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return parsed.data;
}

type StoredMeta = z.output<typeof storedMetaSchema>;

function parseMeta(raw: unknown): StoredMeta {
  // parse() throws on anything unexpected; the caller turns that into a clean demo.
  return storedMetaSchema.parse(raw);
}

/**
 * The meta record and every saved change, read in one IndexedDB transaction, and the loaded
 * document the data starts from unless the save is of `knownEpoch` (whose base is in memory).
 */
export async function load(knownEpoch?: string): Promise<Saved | null> {
  const idb = await open();
  const tx = idb.transaction([META, CHANGES], 'readonly');
  const metas = tx.objectStore(META);
  const metaReq = metas.get(META_KEY);
  let baseReq: IDBRequest | null = null;
  // Asked for inside the same transaction, once the meta says a document is the base.
  metaReq.onsuccess = () => {
    const raw = metaReq.result as { epoch?: string; meta?: { scenario?: string } } | undefined;
    const loaded = raw?.meta?.scenario === 'snapshot' || raw?.meta?.scenario === 'file';
    if (loaded && (knownEpoch === undefined || raw?.epoch !== knownEpoch)) baseReq = metas.get(BASE_KEY);
  };
  const changesReq = tx.objectStore(CHANGES).getAll();
  await committed(tx);
  if (metaReq.result === undefined) return null;
  const { meta, epoch, seq } = parseMeta(metaReq.result);
  const changes = (changesReq.result as unknown[]).map((c) => storedChangeSchema.parse(c) as Change);
  const base = baseReq ? parseBase((baseReq as IDBRequest).result) : undefined;
  // The config may be partial (an older save); restore() fills it from the defaults.
  return { meta: meta as MetaRecord, changes, epoch, seq, ...(base ? { base } : {}) };
}

/** Only the stamp of the last save (one small read: is anything new since we last looked?). */
export async function loadStamp(): Promise<SaveStamp | null> {
  const tx = (await open()).transaction(META, 'readonly');
  const req = tx.objectStore(META).get(META_KEY);
  await committed(tx);
  if (req.result === undefined) return null;
  const { epoch, seq } = parseMeta(req.result);
  return { epoch, seq };
}

const storedMeta = (meta: MetaRecord, stamp: SaveStamp) => ({ schema_version: SCHEMA_VERSION, ...stamp, meta });

export async function writeMeta(meta: MetaRecord, stamp: SaveStamp): Promise<void> {
  const tx = (await open()).transaction(META, 'readwrite');
  tx.objectStore(META).put(storedMeta(meta, stamp), META_KEY);
  await committed(tx);
}

/** Drop every saved change and set the base document (its JSON text), or remove it (a scenario). */
export async function clearChangeStore(baseText?: string): Promise<void> {
  const tx = (await open()).transaction([META, CHANGES], 'readwrite');
  tx.objectStore(CHANGES).clear();
  if (baseText === undefined) tx.objectStore(META).delete(BASE_KEY);
  else tx.objectStore(META).put({ schema_version: SCHEMA_VERSION, text: baseText }, BASE_KEY);
  await committed(tx);
}

/** One committed database transaction → one IndexedDB transaction (changes and meta). */
export async function writeCommit(changes: Change[], meta: MetaRecord, stamp: SaveStamp): Promise<void> {
  const tx = (await open()).transaction([META, CHANGES], 'readwrite');
  const store = tx.objectStore(CHANGES);
  for (const c of changes) store.put({ table: c.table, id: c.id, value: c.value }, `${c.table}/${c.id}`);
  tx.objectStore(META).put(storedMeta(meta, stamp), META_KEY);
  await committed(tx);
}
