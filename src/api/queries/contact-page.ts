/**
 * A page of GET /contacts read row by row: one contact the app cannot read (a field missing,
 * `null` where a number belongs) costs that row, not the page. The list shows such a row as
 * "could not be read", by name and linked to it when the row has those, and everyone else's
 * customers stay on screen. The page's own context must still be valid.
 */
import { z } from 'zod/mini';
import { contactSummarySchema, idSchema, pageContextSchema, type ContactSummary, type PageContext } from '../schemas';

/** A row of the page: a contact, or what could be salvaged of one that failed the schema. */
export type ContactListRow = { kind: 'contact'; contact: ContactSummary } | { kind: 'unreadable'; contact_id?: string; contact_name?: string };

export interface ContactList {
  /** The readable contacts, in page order (what selection, paging neighbours and pickers use). */
  contacts: ContactSummary[];
  /** Every row of the page in order, unreadable ones included (what the list table shows). */
  rows: ContactListRow[];
  page_context: PageContext;
}

const pageShape = z.object({ contacts: z.array(z.unknown()), page_context: pageContextSchema });

function salvage(raw: unknown): ContactListRow {
  const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const id = idSchema.safeParse(fields.contact_id);
  const name = typeof fields.contact_name === 'string' ? fields.contact_name.trim() : '';
  return { kind: 'unreadable', ...(id.success ? { contact_id: id.data } : {}), ...(name ? { contact_name: name } : {}) };
}

/** Parse a GET /contacts envelope; throws only when the page itself (not a row) is malformed. */
export function parseContactPage(envelope: unknown): ContactList {
  const page = pageShape.parse(envelope);
  const rows = page.contacts.map((raw): ContactListRow => {
    const parsed = contactSummarySchema.safeParse(raw);
    return parsed.success ? { kind: 'contact', contact: parsed.data } : salvage(raw);
  });
  const contacts = rows.flatMap((r) => (r.kind === 'contact' ? [r.contact] : []));
  return { contacts, rows, page_context: page.page_context };
}
