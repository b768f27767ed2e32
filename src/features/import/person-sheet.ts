/**
 * The export's second sheet, "Contact Persons", read back: one row per person, tied to its
 * customer by display name. Recognised by its headers (English or Japanese, as the export wrote
 * them); each customer of the file gets the persons the sheet lists for it, replacing the ones
 * it has (an export → import round trip keeps them), exactly one of them primary.
 */
import { MAX_CONTACT_PERSONS } from '../../api/limits';
import { contactInputSchema, type ContactPersonInput } from '../../api/schemas';
import { translate, type MessageKey, type Vars } from '../../lib/i18n';
// The export writes headers in the UI language; both are recognised whatever this UI shows.
import { ja } from '../../lib/i18n/ja';
import type { ParsedTable } from './parse-table';
import { cellText, parseBool, type BuiltRow } from './row-builder';

const personKeys = [
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
type PersonKey = (typeof personKeys)[number];

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export interface PersonSheet {
  name: string;
  /** Persons per customer display name (folded). */
  byCustomer: Map<string, ContactPersonInput[]>;
  count: number;
}

/** The second sheet as contact persons, or null when it is not such a sheet. */
export function readPersonSheet(second: { name: string; table: ParsedTable } | null | undefined): PersonSheet | null {
  if (!second) return null;
  const headers = second.table.headers.map(fold);
  const column = {} as Partial<Record<PersonKey, number>>;
  for (const k of personKeys) {
    const key: MessageKey = `export.persons.col.${k}`;
    const words = new Set([fold(translate('en', key)), fold(ja[key] ?? '')]);
    const i = headers.findIndex((h) => words.has(h));
    if (i >= 0) column[k] = i;
  }
  if (column.contact_name === undefined || (column.first_name === undefined && column.last_name === undefined && column.email === undefined)) return null;
  const byCustomer = new Map<string, ContactPersonInput[]>();
  let count = 0;
  for (const row of second.table.rows) {
    const text = (k: PersonKey) => (column[k] === undefined ? '' : cellText(row.cells[column[k]] ?? null).trim());
    const owner = fold(text('contact_name'));
    if (!owner) continue;
    const person: ContactPersonInput = {
      salutation: text('salutation'),
      first_name: text('first_name'),
      last_name: text('last_name'),
      email: text('email'),
      phone: text('phone'),
      mobile: text('mobile'),
      designation: text('designation'),
      department: text('department'),
      is_primary_contact: column.is_primary_contact === undefined ? false : parseBool(row.cells[column.is_primary_contact] ?? null) === true,
    };
    byCustomer.set(owner, [...(byCustomer.get(owner) ?? []), person]);
    count++;
  }
  return count ? { name: second.name, byCustomer, count } : null;
}

type Translate = (key: MessageKey, vars?: Vars) => string;

/**
 * Give each valid row the persons the sheet lists for it (the first one primary when none is
 * marked), checked against the contract again; `orphans` counts persons of no row in the file.
 */
export function attachPersons(rows: BuiltRow[], sheet: PersonSheet, t: Translate): { rows: BuiltRow[]; orphans: number } {
  const used = new Set<string>();
  const out = rows.map((row): BuiltRow => {
    const key = fold(row.name);
    const persons = sheet.byCustomer.get(key);
    if (!persons || !row.input) return row;
    used.add(key);
    const primaries = persons.filter((p) => p.is_primary_contact).length;
    if (primaries > 1) return { ...row, input: null, errors: [...row.errors, t('import.persons.twoPrimary', { sheet: sheet.name })] };
    if (persons.length > MAX_CONTACT_PERSONS) {
      return { ...row, input: null, errors: [...row.errors, t('import.persons.tooMany', { sheet: sheet.name, max: MAX_CONTACT_PERSONS })] };
    }
    const contact_persons = primaries ? persons : persons.map((p, i) => ({ ...p, is_primary_contact: i === 0 }));
    const input = { ...row.input, contact_persons };
    const checked = contactInputSchema.safeParse(input);
    if (!checked.success) {
      const why = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { ...row, input: null, errors: [...row.errors, t('import.persons.invalid', { sheet: sheet.name, message: why })] };
    }
    return { ...row, input };
  });
  let orphans = 0;
  for (const [key, persons] of sheet.byCustomer) if (!used.has(key) && !rows.some((r) => fold(r.name) === key)) orphans += persons.length;
  return { rows: out, orphans };
}
