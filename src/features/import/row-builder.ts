/**
 * Parsed rows + column mapping → the API's contact inputs, each checked with the contract's
 * `contactInputSchema` and against reference data (currency codes, price lists, owners, payment
 * terms). Only mapped columns are sent, so an overwrite never blanks a field the file lacks.
 * The server is the final judge (duplicates within the file, ownership, portal rules).
 */
import {
  contactInputSchema,
  type Address,
  type ContactInput,
  type Currency,
  type CustomField,
  type PaymentTerm,
  type Pricebook,
  type User,
} from '../../api/schemas';
import { unguard } from '../../lib/formula-guard';
import type { MessageKey, Vars } from '../../lib/i18n';
import type { AddressPart, ImportFieldKey } from './import-fields';
import type { ImportCell, ParsedTable } from './parse-table';

export interface ImportRefs {
  currencies: Currency[];
  paymentTerms: PaymentTerm[];
  pricebooks: Pricebook[];
  users: User[];
  customFields: CustomField[];
  /** Spellings of "Business"/"Individual" in the UI languages (the export writes them). */
  typeWords: { business: string[]; individual: string[] };
}

export interface BuiltRow {
  line: number;
  name: string;
  /** What is sent for this row; null when the row cannot be sent (it has errors). */
  input: ContactInput | null;
  errors: string[];
}

type Translate = (key: MessageKey, vars?: Vars) => string;

export function cellText(v: ImportCell): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return unguard(v);
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'on', 'enabled', 'はい', '有効']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'off', 'disabled', 'いいえ', '無効']);

export function parseBool(v: ImportCell): boolean | null | undefined {
  if (typeof v === 'boolean') return v;
  const s = fold(cellText(v));
  if (s === '') return undefined;
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

interface Ctx {
  refs: ImportRefs;
  t: Translate;
  labelOf: (key: ImportFieldKey) => string;
}

type Setter = (input: ContactInput, v: ImportCell, ctx: Ctx) => string | null;

const textField =
  (key: 'contact_name' | 'company_name' | 'salutation' | 'first_name' | 'last_name' | 'phone' | 'mobile' | 'website' | 'notes'): Setter =>
  (input, v) => {
    input[key] = cellText(v);
    return null;
  };

function lookup<T>(items: T[], text: string, ...keys: ((item: T) => string)[]): T | undefined {
  const f = fold(text);
  return items.find((item) => keys.some((k) => fold(k(item)) === f));
}

const setters: Partial<Record<ImportFieldKey, Setter>> = {
  contact_name: textField('contact_name'),
  company_name: textField('company_name'),
  salutation: textField('salutation'),
  first_name: textField('first_name'),
  last_name: textField('last_name'),
  phone: textField('phone'),
  mobile: textField('mobile'),
  website: textField('website'),
  notes: textField('notes'),
  email: (input, v) => {
    input.email = cellText(v).trim();
    return null;
  },
  language_code: (input, v) => {
    const code = cellText(v).trim();
    if (code) input.language_code = code;
    return null;
  },
  customer_sub_type: (input, v, { refs, t, labelOf }) => {
    const s = fold(cellText(v));
    if (!s) return null;
    if (s === 'business' || refs.typeWords.business.some((w) => fold(w) === s)) input.customer_sub_type = 'business';
    else if (s === 'individual' || refs.typeWords.individual.some((w) => fold(w) === s)) input.customer_sub_type = 'individual';
    else return t('import.error.type', { field: labelOf('customer_sub_type') });
    return null;
  },
  currency_code: (input, v, { refs, t }) => {
    const code = cellText(v).trim();
    if (!code) return null;
    const c = lookup(
      refs.currencies,
      code,
      (x) => x.currency_code,
      (x) => x.currency_id,
    );
    if (!c) return t('import.error.currency', { value: code });
    input.currency_id = c.currency_id;
    return null;
  },
  payment_terms: (input, v, { t, labelOf }) => {
    const text = cellText(v).trim();
    if (!text) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > 999) return t('import.error.number', { field: labelOf('payment_terms'), value: text });
    input.payment_terms = n;
    return null;
  },
  payment_terms_label: (input, v, { refs, t }) => {
    const text = cellText(v).trim();
    if (!text) return null;
    const known = lookup(refs.paymentTerms, text, (x) => x.payment_terms_label);
    const days = known?.payment_terms ?? Number(/^(?:net\s*)?(\d{1,3})$/i.exec(text)?.[1] ?? NaN);
    if (!Number.isInteger(days)) return t('import.error.terms', { value: text });
    // A separate days column wins (it is applied after this one when both are mapped).
    input.payment_terms ??= days;
    input.payment_terms_label = known?.payment_terms_label ?? text;
    return null;
  },
  pricebook: (input, v, { refs, t }) => {
    const text = cellText(v).trim();
    if (!text) {
      input.pricebook_id = '';
      return null;
    }
    const p = lookup(
      refs.pricebooks,
      text,
      (x) => x.name,
      (x) => x.pricebook_id,
    );
    if (!p) return t('import.error.pricebook', { value: text });
    input.pricebook_id = p.pricebook_id;
    return null;
  },
  owner_name: (input, v, { refs, t }) => {
    const text = cellText(v).trim();
    if (!text) {
      input.owner_id = null;
      return null;
    }
    const u = lookup(
      refs.users,
      text,
      (x) => x.name,
      (x) => x.email,
    );
    if (!u) return t('import.error.owner', { value: text });
    input.owner_id = u.user_id;
    return null;
  },
  is_portal_enabled: (input, v, ctx) => boolField(input, 'is_portal_enabled', v, ctx),
  payment_reminder_enabled: (input, v, ctx) => boolField(input, 'payment_reminder_enabled', v, ctx),
};

function boolField(input: ContactInput, key: 'is_portal_enabled' | 'payment_reminder_enabled', v: ImportCell, { t, labelOf }: Ctx): string | null {
  const b = parseBool(v);
  if (b === undefined) return null;
  if (b === null) return t('import.error.bool', { field: labelOf(key), value: cellText(v) });
  input[key] = b;
  return null;
}

function setAddress(input: ContactInput, which: 'billing_address' | 'shipping_address', part: AddressPart, v: ImportCell) {
  const current: Partial<Address> = input[which] ?? {};
  current[part] = cellText(v);
  input[which] = current;
}

function setCustom(input: ContactInput, def: CustomField, v: ImportCell) {
  const value = v === null ? '' : typeof v === 'number' && def.data_type === 'number' ? v : cellText(v).trim();
  input.custom_fields = [...(input.custom_fields ?? []), { customfield_id: def.customfield_id, value }];
}

/** Where a schema issue's path points, as a column key (for its label). */
function keyOfPath(path: PropertyKey[], input: ContactInput): ImportFieldKey | null {
  const [head, second] = path;
  if (head === 'billing_address' || head === 'shipping_address')
    return `${head === 'billing_address' ? 'billing' : 'shipping'}_${String(second)}` as ImportFieldKey;
  if (head === 'custom_fields' && typeof second === 'number') return `cf:${input.custom_fields?.[second]?.customfield_id ?? ''}`;
  if (head === 'currency_id') return 'currency_code';
  if (head === 'pricebook_id') return 'pricebook';
  if (head === 'owner_id') return 'owner_name';
  return typeof head === 'string' ? (head as ImportFieldKey) : null;
}

/** Mapped columns applied in field order (so a days column overrides a terms label). */
export function buildRows(
  table: ParsedTable,
  mapping: (ImportFieldKey | null)[],
  refs: ImportRefs,
  t: Translate,
  labelOf: (key: ImportFieldKey) => string,
): BuiltRow[] {
  const ctx: Ctx = { refs, t, labelOf };
  const defs = new Map(refs.customFields.map((d) => [`cf:${d.customfield_id}`, d]));
  const order = mapping
    .map((key, col) => ({ key, col }))
    .filter((m): m is { key: ImportFieldKey; col: number } => m.key !== null)
    .sort((a, b) => Number(a.key === 'payment_terms') - Number(b.key === 'payment_terms'));
  const nameCol = mapping.indexOf('contact_name');
  return table.rows.map(({ line, cells }) => {
    const input: ContactInput = { contact_name: '' };
    const errors: string[] = [];
    for (const { key, col } of order) {
      const v = cells[col] ?? null;
      const def = defs.get(key);
      if (def) setCustom(input, def, v);
      else if (key.startsWith('billing_')) setAddress(input, 'billing_address', key.slice(8) as AddressPart, v);
      else if (key.startsWith('shipping_')) setAddress(input, 'shipping_address', key.slice(9) as AddressPart, v);
      else {
        const err = setters[key]?.(input, v, ctx);
        if (err) errors.push(err);
      }
    }
    const check = contactInputSchema.safeParse(input);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const key = keyOfPath(issue.path, input);
        errors.push(key ? `${labelOf(key)}: ${issue.message}` : issue.message);
      }
    }
    const name = nameCol >= 0 ? cellText(cells[nameCol] ?? null).trim() : '';
    return { line, name, input: errors.length ? null : input, errors };
  });
}
