/**
 * Reading exported files back in Node with SheetJS, and the API's own data to compare them
 * with (fetched from the page, so the mock's service worker answers).
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';

export interface ApiContact {
  contact_id: string;
  contact_name: string;
  email: string;
  currency_code: string;
  outstanding_receivable_amount: number;
  unused_credits_receivable_amount: number;
  contact_persons?: { first_name: string; last_name: string; email: string; is_primary_contact: boolean }[];
  custom_fields?: { customfield_id: string; label?: string; value: string | number | null }[];
  billing_address?: Record<string, string>;
  last_modified_time: string;
  [key: string]: unknown;
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(`/api/v3${p}`);
    return (await res.json()) as T;
  }, path);
}

/** Every customer of a view, in the export's order (display name, A→Z). */
export async function apiContacts(page: Page, filter = 'Status.All', details = false): Promise<ApiContact[]> {
  const out: ApiContact[] = [];
  for (let p = 1; ; p++) {
    const env = await apiGet<{ contacts: ApiContact[]; page_context: { has_more_page: boolean } }>(
      page,
      `/contacts?per_page=200&page=${p}&filter_by=${filter}&sort_column=contact_name&sort_order=A${details ? '&include=details' : ''}`,
    );
    out.push(...env.contacts);
    if (!env.page_context.has_more_page) return out;
  }
}

export async function apiContact(page: Page, id: string): Promise<ApiContact> {
  return (await apiGet<{ contact: ApiContact }>(page, `/contacts/${id}`)).contact;
}

export async function downloadBytes(d: Download): Promise<Buffer> {
  return readFileSync(await d.path());
}

/** A workbook (or CSV) as SheetJS reads it: typed cells, dates as Date. */
export function readBook(bytes: Buffer, raw = false): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer', cellDates: true, raw });
}

/** A sheet's rows as objects keyed by header, with the cell objects (type and value). */
export function cellsByHeader(ws: XLSX.WorkSheet): Record<string, XLSX.CellObject | undefined>[] {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const headers: string[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) headers.push(String(ws[XLSX.utils.encode_cell({ r: range.s.r, c })]?.v ?? ''));
  const rows: Record<string, XLSX.CellObject | undefined>[] = [];
  for (let r = range.s.r + 1; r <= range.e.r; r++) {
    const row: Record<string, XLSX.CellObject | undefined> = {};
    headers.forEach((h, i) => (row[h] = ws[XLSX.utils.encode_cell({ r, c: range.s.c + i })] as XLSX.CellObject | undefined));
    rows.push(row);
  }
  return rows;
}

/** What the guard makes of a text: a leading `'` before formula triggers. */
// eslint-disable-next-line no-control-regex -- NUL is a trigger too
export const guarded = (s: string): string => (/^[\u0020\u00a0\u3000]*[=+\-@\t\r\n\u0000]/.test(s) ? `'${s}` : s);

export const precisionOf = (code: string): number => (code === 'JPY' ? 0 : 2);
