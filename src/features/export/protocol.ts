/** Messages between the export dialog (main thread) and export.worker.ts. */
import type { ColumnSpec, ExportContact, ExportFormat, MappingRefs, PersonColumnKey } from './row-mapping';

export interface ExportJob {
  format: ExportFormat;
  /** Rows are full contacts (`include=details`) rather than list summaries. */
  details: boolean;
  columns: ColumnSpec[];
  /** The contact fields the columns read (`contactKeysFor`): the rows are cut down to these. */
  contactKeys: string[];
  refs: MappingRefs;
  sheetNames: { customers: string; persons: string };
  /** Headers of the contact persons sheet; null for no such sheet (always null for CSV). */
  personHeaders: Record<PersonColumnKey, string> | null;
}

export type ToWorker =
  | { type: 'begin'; job: ExportJob }
  | { type: 'rows'; contacts: ExportContact[] | unknown[] }
  | { type: 'end' }
  /** Load SheetJS now (the dialog chose XLS/XLSX), so Export does not wait for it. */
  | { type: 'warm' };

export type FromWorker =
  | { type: 'writing' }
  | { type: 'done'; bytes: ArrayBuffer; rows: number; persons: number; writeMs: number }
  | { type: 'error'; code: 'xls_limit' | 'failed'; message: string; rows?: number };
