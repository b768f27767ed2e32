/**
 * Contacts → sheets (header + typed rows), pure: the worker runs it, the tests pin it. Every
 * string cell goes through the formula guard here, once, so CSV, XLS and XLSX agree.
 */
import type { Contact, ContactPerson, ContactSummary } from '../../api/schemas';
import type { AddressPart, ColumnKind, FieldKey } from './fields';
import { guardFormula } from '../../lib/formula-guard';

/** A cell: strings are text (or an ISO date in a date column), numbers stay numbers. */
export type Cell = string | number | boolean | null;

/** A list row, optionally with the details GET /contacts?include=details (or /contacts/{id}) adds. */
export type ExportContact = ContactSummary &
  Partial<Pick<Contact, 'website' | 'language_code' | 'pricebook_id' | 'notes' | 'billing_address' | 'shipping_address' | 'contact_persons' | 'custom_fields'>>;

export type ExportFormat = 'csv' | 'xls' | 'xlsx';
export type ExportScope = 'all' | 'view' | 'selected';

export interface ColumnSpec {
  key: FieldKey;
  kind: ColumnKind;
  /** The header text, already translated. */
  header: string;
}

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

export interface SheetData {
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Decimal places of each row's money cells (the row's currency precision). */
  precisions?: number[];
}

/** What the mapping needs besides the contacts: reference data and translated values. */
export interface MappingRefs {
  /** currency_code → price_precision (JPY 0, USD 2). */
  precisionByCurrency: Record<string, number>;
  /** pricebook_id → name. */
  pricebookNames: Record<string, string>;
  values: { business: string; individual: string; active: string; inactive: string };
}

/** Legacy XLS (BIFF8) has 65,536 rows: the header plus 65,535 data rows. */
export const XLS_MAX_DATA_ROWS = 65_535;

export const exceedsXlsLimit = (format: ExportFormat, dataRows: number): boolean => format === 'xls' && dataRows > XLS_MAX_DATA_ROWS;

const pad = (n: number) => String(n).padStart(2, '0');

/** `customers_<scope>_<YYYY-MM-DD>.<ext>`, dated in the user's own calendar. */
export function exportFileName(scope: ExportScope, format: ExportFormat, now: Date = new Date()): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const slug = { all: 'all', view: 'current_view', selected: 'selected' }[scope];
  return `customers_${slug}_${date}.${format}`;
}

const primaryOf = (c: ExportContact): ContactPerson | undefined => c.contact_persons?.find((p) => p.is_primary_contact);

function addressValue(c: ExportContact, which: 'billing_address' | 'shipping_address', part: AddressPart): string {
  return c[which]?.[part] ?? '';
}

function customValue(c: ExportContact, id: string): Cell {
  const v = c.custom_fields?.find((f) => f.customfield_id === id)?.value;
  return v === undefined || v === null || v === '' ? null : v;
}

/** One raw (unguarded) value for a field. */
function rawValue(c: ExportContact, key: FieldKey, refs: MappingRefs): Cell {
  if (key.startsWith('cf:')) return customValue(c, key.slice(3));
  if (key.startsWith('billing_')) return addressValue(c, 'billing_address', key.slice(8) as AddressPart);
  if (key.startsWith('shipping_')) return addressValue(c, 'shipping_address', key.slice(9) as AddressPart);
  switch (key) {
    case 'customer_sub_type':
      return refs.values[c.customer_sub_type];
    case 'status':
      return refs.values[c.status];
    case 'salutation':
      return primaryOf(c)?.salutation ?? '';
    case 'first_name':
      return c.first_name ?? primaryOf(c)?.first_name ?? '';
    case 'last_name':
      return c.last_name ?? primaryOf(c)?.last_name ?? '';
    case 'owner_name':
      return c.owner_name ?? '';
    case 'pricebook':
      return c.pricebook_id ? (refs.pricebookNames[c.pricebook_id] ?? c.pricebook_id) : '';
    case 'website':
    case 'language_code':
    case 'notes':
      return c[key] ?? '';
    default: {
      const v = c[key as keyof ContactSummary];
      // Rows also carry objects (custom_fields, default_templates); no column maps to those here.
      return v === undefined || typeof v === 'object' ? null : v;
    }
  }
}

/**
 * The contact fields the mapping reads for these columns (and the persons sheet): only these
 * are handed to the worker and checked there. List rows carry much more (Zoho's named default
 * templates, indexed custom fields…), which would only cost copying and checking.
 */
export function contactKeysFor(columns: ColumnSpec[], persons: boolean): string[] {
  const keys = new Set<string>(['contact_id', 'contact_name', 'currency_code']);
  if (persons) keys.add('contact_persons');
  for (const { key } of columns) {
    if (key.startsWith('cf:')) keys.add('custom_fields');
    else if (key.startsWith('billing_')) keys.add('billing_address');
    else if (key.startsWith('shipping_')) keys.add('shipping_address');
    else if (key === 'salutation') keys.add('contact_persons');
    else if (key === 'first_name' || key === 'last_name') keys.add(key).add('contact_persons');
    else if (key === 'pricebook') keys.add('pricebook_id');
    else keys.add(key);
  }
  return [...keys];
}

/** Rows as the API sent them, cut down to `keys` (anything that is not an object passes as is). */
export function pickContactKeys(rows: readonly unknown[], keys: readonly string[]): unknown[] {
  return rows.map((row) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
    const src = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of keys) if (k in src) out[k] = src[k];
    return out;
  });
}

const guardCell = (v: Cell): Cell => (typeof v === 'string' ? guardFormula(v) : v);

export function headerCells(columns: ColumnSpec[]): SheetColumn[] {
  return columns.map((c) => ({ header: guardFormula(c.header), kind: c.kind }));
}

export function mapContact(c: ExportContact, columns: ColumnSpec[], refs: MappingRefs): Cell[] {
  const row = new Array<Cell>(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = guardCell(rawValue(c, columns[i].key, refs));
  return row;
}

export const precisionOf = (c: ExportContact, refs: MappingRefs): number => refs.precisionByCurrency[c.currency_code] ?? 2;

/** The contact persons sheet: one row per person, led by the customer's id and display name. */
export const personColumnKeys = [
  'contact_id',
  'contact_name',
  'salutation',
  'first_name',
  'last_name',
  'email',
  'phone',
  'mobile',
  'designation',
  'department',
  'is_primary_contact',
] as const;
export type PersonColumnKey = (typeof personColumnKeys)[number];

export function personColumns(headers: Record<PersonColumnKey, string>): SheetColumn[] {
  return personColumnKeys.map((k) => ({ header: guardFormula(headers[k]), kind: k === 'is_primary_contact' ? 'bool' : 'text' }));
}

export function personRows(c: ExportContact): Cell[][] {
  return (c.contact_persons ?? []).map((p) =>
    personColumnKeys.map((k) => {
      if (k === 'contact_id') return c.contact_id;
      if (k === 'contact_name') return guardFormula(c.contact_name);
      if (k === 'is_primary_contact') return p.is_primary_contact;
      return guardFormula(p[k]);
    }),
  );
}

/** Accumulates mapped rows page by page (the worker feeds it as pages arrive). */
export class SheetBuilder {
  readonly customers: SheetData;
  readonly persons: SheetData | null;
  constructor(
    private readonly columns: ColumnSpec[],
    private readonly refs: MappingRefs,
    names: { customers: string; persons: string },
    personHeaders: Record<PersonColumnKey, string> | null,
  ) {
    this.customers = { name: names.customers, columns: headerCells(columns), rows: [], precisions: [] };
    this.persons = personHeaders ? { name: names.persons, columns: personColumns(personHeaders), rows: [] } : null;
  }

  add(contacts: ExportContact[]): void {
    for (const c of contacts) {
      this.customers.rows.push(mapContact(c, this.columns, this.refs));
      this.customers.precisions?.push(precisionOf(c, this.refs));
      if (this.persons) for (const r of personRows(c)) this.persons.rows.push(r);
    }
  }

  sheets(): SheetData[] {
    return this.persons ? [this.customers, this.persons] : [this.customers];
  }
}
