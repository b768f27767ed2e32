/**
 * Hooks for `npm run bench` (load with import(); nothing imports this statically):
 * `benchExport` runs the dialog's whole pipeline (fetch page by page → worker → file) for all
 * customers and times it; `benchWrite` times only the worker's mapping + write of contacts you
 * already have (to set next to a bare SheetJS write of the same rows in the same page).
 */
import { z } from 'zod/mini';
import { requestKey } from '../../api/client';
import { currencySchema, customFieldSchema, pricebookSchema } from '../../api/schemas';
import { t } from '../../lib/i18n';
import { buildJob } from './build-job';
import { allFields, chosenFields, defaultFieldKeys } from './fields';
import type { ExportJob } from './protocol';
import type { ExportContact, ExportFormat } from './row-mapping';
import { runExport, writeExportFile } from './worker-client';

export interface BenchOptions {
  /** Every field (details needed) instead of the default set. */
  allFields?: boolean;
  /** XLS/XLSX: the contact persons sheet too. */
  persons?: boolean;
}

export interface BenchResult {
  ms: number;
  writeMs: number;
  rows: number;
  bytes: number;
}

export async function benchJob(format: ExportFormat, opts: BenchOptions = {}): Promise<ExportJob> {
  const [currencies, pricebooks, custom] = await Promise.all([
    requestKey('/currencies', 'currencies', z.array(currencySchema)),
    requestKey('/pricebooks', 'pricebooks', z.array(pricebookSchema)),
    requestKey('/settings/customfields', 'customfields', z.array(customFieldSchema), { query: { entity: 'contact' } }),
  ]);
  const fields = allFields(custom);
  const picked = opts.allFields ? fields : chosenFields(fields, new Set(defaultFieldKeys));
  const persons = !!opts.persons && format !== 'csv';
  return buildJob(t, format, picked, persons, currencies, pricebooks);
}

/** The whole export of all customers, as the dialog runs it. */
export async function benchExport(format: ExportFormat, opts: BenchOptions = {}): Promise<BenchResult> {
  const job = await benchJob(format, opts);
  const started = performance.now();
  const r = await runExport(
    job,
    { kind: 'list', filter_by: 'Status.All', search_text: '' },
    {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    },
  );
  return { ms: performance.now() - started, writeMs: r.writeMs, rows: r.rows, bytes: r.blob.size };
}

/** Mapping + writing only (in the worker), for contacts already fetched. */
export async function benchWrite(format: ExportFormat, contacts: ExportContact[], opts: BenchOptions = {}): Promise<BenchResult> {
  const job = await benchJob(format, opts);
  const started = performance.now();
  const r = await writeExportFile(job, [contacts]);
  return { ms: performance.now() - started, writeMs: r.writeMs, rows: r.rows, bytes: r.blob.size };
}
