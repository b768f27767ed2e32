/**
 * The export's data, page by page from the API (200 per call), as the acting user sees it.
 * When the chosen fields need details (persons, addresses, custom fields) it asks GET /contacts
 * with the *ext* `include=details`; a backend that ignores it is answered with one
 * GET /contacts/{id} per customer (a few at a time) instead.
 */
import { z } from 'zod/mini';
import { request } from '../../api/client';
import { MAX_PER_PAGE } from '../../api/limits';
import { fetchContact } from '../../api/queries/contacts';
import { contactSummarySchema, pageContextSchema, type ListFilter } from '../../api/schemas';

/** One list page per call, as large as the API allows. */
export const EXPORT_PAGE_SIZE = MAX_PER_PAGE;
/** Pages (or detail calls) in flight at once: enough to hide latency, few enough to be polite. */
const PAGE_CONCURRENCY = 3;
const DETAIL_CONCURRENCY = 6;
const ID_BATCH = 50;

/** A list's view and search (and custom view, if one is shown), or ticked ids. */
export type ExportSource = { kind: 'list'; filter_by: ListFilter; search_text: string; customview_id?: string } | { kind: 'ids'; ids: string[] };

export interface FetchProgress {
  done: number;
  total: number;
}

/**
 * Rows are passed on as the API sent them: the worker validates them against the contract
 * (contactSchema / contactSummarySchema), which keeps that work off the main thread.
 */
export type RawBatch = unknown[];

const rawPageSchema = z.object({ contacts: z.array(z.unknown()), page_context: pageContextSchema });
const idOnly = z.array(z.pick(contactSummarySchema, { contact_id: true }));

/** Run `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      signal?.throwIfAborted();
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const hasDetails = (row: unknown): boolean => !!row && typeof row === 'object' && 'contact_persons' in row;

/** The rows' fields: all of them, or (summary rows only) just those the export reads. */
interface RowShape {
  details: boolean;
  fields?: readonly string[];
}

async function fetchPage(source: Extract<ExportSource, { kind: 'list' }>, page: number, { details, fields }: RowShape, signal: AbortSignal) {
  const env = await request('/contacts', {
    query: {
      page,
      per_page: EXPORT_PAGE_SIZE,
      filter_by: source.filter_by,
      search_text: source.search_text,
      customview_id: source.customview_id,
      sort_column: 'contact_name',
      sort_order: 'A',
      include: details ? 'details' : undefined,
      // *ext*: a list row is ~2 KB and an export reads a tenth of it; a backend that ignores
      // `fields` sends whole rows, which the worker cuts down the same way.
      fields: !details && fields?.length ? fields.filter((k) => k in contactSummarySchema.shape).join(',') : undefined,
    },
    signal,
  });
  const { contacts, page_context } = rawPageSchema.parse(env);
  let rows: RawBatch = contacts;
  if (details && !contacts.every(hasDetails)) {
    // A backend without `include=details`: one GET /contacts/{id} per row.
    rows = await mapPool(idOnly.parse(contacts), DETAIL_CONCURRENCY, (s) => fetchContact(s.contact_id, signal), signal);
  }
  return { rows, total: page_context.total };
}

async function* listPages(source: Extract<ExportSource, { kind: 'list' }>, shape: RowShape, signal: AbortSignal, onProgress: (p: FetchProgress) => void) {
  const first = await fetchPage(source, 1, shape, signal);
  const total = first.total;
  let done = first.rows.length;
  onProgress({ done, total });
  yield first.rows;
  const pages = Math.ceil(total / EXPORT_PAGE_SIZE);
  // Keep a few pages in flight, hand them over in order.
  const inflight = new Map<number, ReturnType<typeof fetchPage>>();
  let requested = 1;
  const topUp = () => {
    while (requested < pages && inflight.size < PAGE_CONCURRENCY) {
      requested++;
      const p = fetchPage(source, requested, shape, signal);
      p.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
      inflight.set(requested, p);
    }
  };
  for (let page = 2; page <= pages; page++) {
    topUp();
    const pending = inflight.get(page);
    if (!pending) break;
    const result = await pending;
    inflight.delete(page);
    if (result.rows.length === 0) break;
    done += result.rows.length;
    onProgress({ done, total: Math.max(total, done) });
    yield result.rows;
  }
}

async function* idBatches(ids: string[], signal: AbortSignal, onProgress: (p: FetchProgress) => void) {
  let done = 0;
  onProgress({ done, total: ids.length });
  for (let i = 0; i < ids.length; i += ID_BATCH) {
    const batch = await mapPool(ids.slice(i, i + ID_BATCH), DETAIL_CONCURRENCY, (id) => fetchContact(id, signal), signal);
    done += batch.length;
    onProgress({ done, total: ids.length });
    yield batch;
  }
}

/**
 * The scope's contacts in batches, reporting "fetched N of M" as they arrive; with `fields`, list
 * rows carry only those (the prefetch, made before the columns are final, asks for whole rows).
 */
export function fetchExportContacts(
  source: ExportSource,
  details: boolean,
  signal: AbortSignal,
  onProgress: (p: FetchProgress) => void,
  fields?: readonly string[],
): AsyncGenerator<RawBatch> {
  return source.kind === 'list' ? listPages(source, { details, fields }, signal, onProgress) : idBatches(source.ids, signal, onProgress);
}
