/**
 * The standalone server's data file (`MOCK_DATA_FILE=path npm run mock:server`): the data
 * starts from that snapshot document (or, when there is no file yet, from the demo, written to
 * it at once), and every change is written back, a reset included. Writes are debounced, so a
 * bulk write or an import is one file write, and atomic: the document goes to a temporary file
 * in the same directory, which then replaces the old one by rename, so a crash mid-write never
 * leaves half a file. Small data sets are written indented (readable, diffable), large ones
 * compact.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { db, installPersistence, loadSnapshot, rebuild } from '../runtime';
import { parseSnapshot, takeSnapshot } from './document';

/** How long after the last change the file is written. */
export const DATA_FILE_DEBOUNCE_MS = 100;
/** Up to this many customers the file is indented. */
const INDENT_UP_TO = 10_000;

export interface DataFile {
  path: string;
  /** Write now what is pending (and wait for a write in progress). */
  flush(): Promise<void>;
  /** How many times the file was written since it was opened. */
  writes(): number;
  /** Flush, then stop writing (the hooks are removed). */
  close(): Promise<void>;
}

/** Read the file's document, or throw naming what is wrong with it: the server then refuses to start rather than overwrite it. */
async function readDocument(path: string): Promise<Extract<ReturnType<typeof parseSnapshot>, { ok: true }>> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`MOCK_DATA_FILE ${path} is not readable JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = parseSnapshot(doc, 'file');
  if (!parsed.ok)
    throw new Error(`MOCK_DATA_FILE ${path} is not a customers-mock/1 document:\n${parsed.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}`);
  return parsed;
}

export async function openDataFile(file: string, opts: { debounceMs?: number } = {}): Promise<DataFile> {
  const path = resolve(file);
  const debounceMs = opts.debounceMs ?? DATA_FILE_DEBOUNCE_MS;
  // Start without hooks: loading the file must not write it back.
  installPersistence({ saveMeta: async () => undefined, clearChanges: async () => undefined });
  db.onCommit = null;
  const exists = existsSync(path);
  if (exists) {
    const parsed = await readDocument(path);
    await loadSnapshot(parsed.data, { scenario: 'snapshot', name: basename(path) }, parsed.snapshot);
  } else {
    await rebuild('demo');
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let seq = 0;
  let written = 0;
  let closed = false;

  const write = async () => {
    const doc = takeSnapshot(db);
    const text = JSON.stringify(doc, null, doc.contacts.length <= INDENT_UP_TO ? 2 : undefined);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++seq}.tmp`);
    try {
      await writeFile(temp, `${text}\n`);
      await rename(temp, path);
      written++;
    } catch (err) {
      await rm(temp, { force: true });
      console.error(`[mock] The data could not be written to ${path}.`, err);
    }
  };
  /** One write at a time, in order; a write queued while one runs sees the data as it is then. */
  const writeNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    writing = writing.then(write);
    return writing;
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void writeNow(), debounceMs);
  };

  installPersistence({ saveMeta: async () => schedule(), clearChanges: async () => undefined });
  db.onCommit = async () => schedule();
  if (!exists) await writeNow();

  const flush = () => (timer ? writeNow() : writing);
  return {
    path,
    flush,
    writes: () => written,
    async close() {
      await flush();
      closed = true;
      installPersistence({ saveMeta: async () => undefined, clearChanges: async () => undefined });
      db.onCommit = null;
    },
  };
}
