/**
 * Facts computed from many rows (balances per customer), cached per database version so a list
 * request at 100,000 customers does not rescan every invoice. Duplicate names are counted by
 * the contact index (db/contact-index.ts), which the list builds anyway.
 */
import type { Database } from './store';
import { todayIso } from '../rules/dates';
import { stripInvisible } from '../../src/lib/text';

export interface ContactTotals {
  outstanding_minor: number;
  overdue_minor: number;
  invoice_count: number;
  payment_count: number;
}

const EMPTY: ContactTotals = { outstanding_minor: 0, overdue_minor: 0, invoice_count: 0, payment_count: 0 };

/**
 * Display-name key for the Duplicate view and uniqueness (3001): case-, width- and
 * space-insensitive, and blind to invisible characters (U+200B "Acme\u200B" is "Acme"), which
 * names lose on input anyway but a record stored before that rule may still hold.
 */
export function duplicateNameKey(name: string): string {
  // NFKC is the slow part at 100,000 names and changes nothing in printable ASCII.
  const folded = /[^ -~]/.test(name) ? stripInvisible(name).normalize('NFKC') : name;
  return folded.toLowerCase().replace(/\s+/g, '');
}

interface Derived {
  version: number;
  today: string;
  totals: Map<string, ContactTotals>;
}

const cache = new WeakMap<Database, Derived>();

function compute(db: Database): Derived {
  const today = todayIso();
  const totals = new Map<string, ContactTotals>();
  const bump = (id: string): ContactTotals => {
    let t = totals.get(id);
    if (!t) totals.set(id, (t = { ...EMPTY }));
    return t;
  };
  for (const inv of db.tables.invoices.values()) {
    const t = bump(inv.customer_id);
    t.invoice_count++;
    // The API refuses amounts that are not bounded numbers; should a stored one be anything
    // else all the same (an old or hand-edited store), it counts as nothing rather than
    // turning the customer's totals, and every list showing them, into NaN/null.
    const balance = Number.isFinite(inv.balance_minor) ? inv.balance_minor : 0;
    t.outstanding_minor += balance;
    if (balance > 0 && inv.due_date < today) t.overdue_minor += balance;
  }
  for (const p of db.tables.payments.values()) bump(p.customer_id).payment_count++;
  return { version: db.version, today, totals };
}

function derived(db: Database): Derived {
  const hit = cache.get(db);
  if (hit && hit.version === db.version && hit.today === todayIso()) return hit;
  const fresh = compute(db);
  cache.set(db, fresh);
  return fresh;
}

export function totalsOf(db: Database, contactId: string): ContactTotals {
  return derived(db).totals.get(contactId) ?? EMPTY;
}

export function hasTransactions(db: Database, contactId: string): boolean {
  const t = totalsOf(db, contactId);
  return t.invoice_count + t.payment_count > 0;
}
