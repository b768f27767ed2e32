/**
 * The inputs of the PDF documents and the messages between the page and the PDF worker.
 * Type-only: importing this never loads @react-pdf/renderer.
 */
import type { Statement } from '../../api/schemas';

/** The statement PDF layouts a statement template can choose (templates' `layout`). */
export type StatementLayout = 'standard' | 'compact' | 'japanese';

export interface OrgInfo {
  name: string;
  address: string;
}

/** One customer's statement, with the look its statement PDF template asks for. */
export interface StatementDocInput {
  statement: Statement;
  layout: StatementLayout;
  /** The template's accent colour (`#rrggbb`); each layout has its own default. */
  accent_color?: string;
}

export interface StatementsPdfInput {
  org: OrgInfo;
  statements: StatementDocInput[];
}

export interface UnpaidInvoice {
  invoice_number: string;
  date: string;
  due_date: string;
  total: number;
  balance: number;
  status: string;
}

export interface UnpaidInvoicesPdfInput {
  org: OrgInfo;
  contact: {
    contact_name: string;
    billing_address?: Partial<Record<string, string>>;
    currency_code: string;
    /** `ja` prints the list in Japanese; anything else in English. */
    language_code?: string;
  };
  invoices: UnpaidInvoice[];
  /** Defaults to today (the date the list was made). */
  as_of?: string;
}

export interface RenderOptions {
  /** Called as statements are laid out: `done` of `total`. */
  onProgress?(done: number, total: number): void;
  /** Aborting stops the render (the worker is restarted) and rejects with an AbortError. */
  signal?: AbortSignal;
}

export type PdfJob = { kind: 'statements'; input: StatementsPdfInput } | { kind: 'unpaid-invoices'; input: UnpaidInvoicesPdfInput };

export interface WorkerRequest {
  id: number;
  /** Absolute URL of the folder that holds the font files (ends with `/`). */
  fontBase: string;
  job: PdfJob;
}

export type WorkerResponse =
  { id: number; type: 'progress'; done: number; total: number } | { id: number; type: 'done'; blob: Blob } | { id: number; type: 'error'; message: string };
