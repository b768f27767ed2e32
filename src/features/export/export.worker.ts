/**
 * The export worker: maps contacts to rows as pages arrive, then writes the file. SheetJS is
 * imported here only, and only for XLS/XLSX, so it never loads with the list page (nor for a
 * CSV export). Runs off the main thread: the page stays responsive however large the export.
 */
import { z } from 'zod/mini';
import { contactSchema, contactSummarySchema } from '../../api/schemas';
import { errorText } from '../../lib/error-text';
import { toCsvBytes } from './csv';
import type { ExportJob, FromWorker, ToWorker } from './protocol';
import { SheetBuilder, exceedsXlsLimit, XLS_MAX_DATA_ROWS, type ExportContact } from './row-mapping';
import { writeWorkbook } from './sheet-writer';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

let builder: SheetBuilder | null = null;
let format: 'csv' | 'xls' | 'xlsx' = 'csv';
/**
 * The contract the rows are checked against: the fields the job reads, picked from the full
 * contact or the list summary. Compiled once per job (zod's generated fast path, same results;
 * the runtime parser still reports any failure): the interpreter took ~35 ms per 10,000 rows.
 */
type RowsSchema = z.ZodMiniType<ExportContact[]>;
let rowsSchema: RowsSchema | null = null;

function rowsSchemaFor(job: ExportJob): RowsSchema {
  const base: z.ZodMiniObject = job.details ? contactSchema : contactSummarySchema;
  const mask = Object.fromEntries(job.contactKeys.filter((k) => k in base.shape).map((k) => [k, true as const]));
  return z.compile(z.array(z.pick(base, mask))) as unknown as RowsSchema;
}

async function finish(): Promise<void> {
  if (!builder) throw new Error('The export was not started.');
  const sheets = builder.sheets();
  const rows = builder.customers.rows.length;
  const persons = builder.persons?.rows.length ?? 0;
  if (exceedsXlsLimit(format, Math.max(rows, persons))) {
    scope.postMessage({ type: 'error', code: 'xls_limit', message: `XLS holds at most ${XLS_MAX_DATA_ROWS} rows.`, rows: Math.max(rows, persons) });
    return;
  }
  scope.postMessage({ type: 'writing' });
  const started = performance.now();
  let bytes: Uint8Array;
  if (format === 'csv') bytes = toCsvBytes(sheets[0]);
  else {
    const X = await import('@e965/xlsx');
    bytes = writeWorkbook(X, sheets, format);
  }
  const writeMs = performance.now() - started;
  const buffer = bytes.buffer.byteLength === bytes.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
  builder = null;
  scope.postMessage({ type: 'done', bytes: buffer, rows, persons, writeMs }, [buffer]);
}

scope.onmessage = (e) => {
  const msg = e.data;
  try {
    if (msg.type === 'warm') {
      void import('@e965/xlsx');
    } else if (msg.type === 'begin') {
      format = msg.job.format;
      rowsSchema = rowsSchemaFor(msg.job);
      const personHeaders = msg.job.format === 'csv' ? null : msg.job.personHeaders;
      builder = new SheetBuilder(msg.job.columns, msg.job.refs, msg.job.sheetNames, personHeaders);
    } else if (msg.type === 'rows') {
      if (!rowsSchema) throw new Error('The export was not started.');
      const parsed = rowsSchema.safeParse(msg.contacts);
      if (!parsed.success) throw new Error(`The server sent customers the export cannot read (${z.prettifyError(parsed.error).split('\n')[0]}).`);
      builder?.add(parsed.data);
    } else {
      finish().catch((err: unknown) => fail(err));
    }
  } catch (err) {
    fail(err);
  }
};

function fail(err: unknown): void {
  builder = null;
  scope.postMessage({ type: 'error', code: 'failed', message: errorText(err) });
}
