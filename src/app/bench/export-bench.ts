/**
 * Bench hooks for Export (demo build, `?bench` only): the dialog's whole pipeline for all
 * customers (fetch → worker → file) next to a bare SheetJS write of the same rows, done on this
 * page with the rows already in memory.
 */
import { z } from 'zod/mini';
import { request } from '../../api/client';
import { contactSummarySchema, type ContactSummary } from '../../api/schemas';

export type BenchFormat = 'csv' | 'xls' | 'xlsx';

export async function exportOurs(format: BenchFormat): Promise<{ ms: number; rows: number }> {
  const { benchExport } = await import('../../features/export/bench');
  const r = await benchExport(format);
  return { ms: r.ms, rows: r.rows };
}

type Row = Record<string, string | number | boolean>;
let cachedRows: Row[] | null = null;
let cachedSummaries: ContactSummary[] | null = null;

/** Our mapping + write only (in the export worker), for the same customers already fetched. */
export async function exportWriteOurs(format: BenchFormat): Promise<{ ms: number; rows: number }> {
  await rows();
  const { benchWrite } = await import('../../features/export/bench');
  const r = await benchWrite(format, cachedSummaries ?? []);
  return { ms: r.ms, rows: r.rows };
}

/** The default export columns of every customer (fetched once, outside the timing). */
async function rows(): Promise<Row[]> {
  if (cachedRows) return cachedRows;
  const out: Row[] = [];
  const summaries: ContactSummary[] = [];
  for (let page = 1; ; page++) {
    const env = await request<{ contacts: unknown; page_context: { has_more_page: boolean } }>('/contacts', { query: { page, per_page: 200 } });
    for (const c of z.array(contactSummarySchema).parse(env.contacts)) {
      summaries.push(c);
      out.push({
        'Display Name': c.contact_name,
        'Company Name': c.company_name,
        'Customer Type': c.customer_sub_type,
        'First Name': c.first_name ?? '',
        'Last Name': c.last_name ?? '',
        Email: c.email,
        'Work Phone': c.phone,
        Mobile: c.mobile,
        Currency: c.currency_code,
        'Payment Terms': c.payment_terms_label,
        'Customer Owner': c.owner_name ?? '',
        Status: c.status,
        'Portal Enabled': c.is_portal_enabled,
        Receivables: c.outstanding_receivable_amount,
        'Unused Credits': c.unused_credits_receivable_amount,
      });
    }
    if (!env.page_context.has_more_page) break;
  }
  cachedRows = out;
  cachedSummaries = summaries;
  return out;
}

/** A bare SheetJS write (json_to_sheet + write) of the same rows on the main thread. */
export async function exportBare(format: BenchFormat): Promise<{ ms: number; rows: number }> {
  const [data, XLSX] = await Promise.all([rows(), import('@e965/xlsx')]);
  const started = performance.now();
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(data), 'Customers');
  XLSX.write(wb, { bookType: format === 'xls' ? 'biff8' : format, type: 'array', compression: format === 'xlsx' });
  return { ms: performance.now() - started, rows: data.length };
}

export async function prepareExportBench(): Promise<number> {
  return (await rows()).length;
}
