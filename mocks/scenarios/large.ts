/**
 * The large scenario: `size` generated customers (10,000 by default, 100,000 for stress), to
 * show the list stays fast. Deterministic from the seed; about 20% Japanese, mixed currencies,
 * some inactive, ~10% owned by each staff_assigned user, ~18% with invoices, and a duplicate
 * name planted every 250 customers. It is a hot loop at 100k: no per-record closures, dates
 * cached, lists shared; each record still gets its own objects so writes never alias.
 */
import type { Address, ContactPerson, CustomFieldValue } from '../../src/api/schemas';
import { emptyAddress } from '../db/builders';
import type { CommentRecord, ContactRecord, Dataset } from '../db/types';
import { addDays } from '../rules/dates';
import type { ScenarioOptions } from './index';
import { CURRENCIES, CUSTOM_FIELDS, DEFAULT_TEMPLATES, TEMPLATES, USERS } from './reference';
import type { CurrencyCode } from './demo-spec';
import { NameMaker, type Person } from './large-identity';
import { addInvoices, INVOICED_SHARE, type LedgerSink } from './large-ledger';
import { PLACES_BY_CURRENCY } from './large-names';
import { createRng, type Rng } from './rng';
import { stamp } from './time';

const TERMS = [0, 15, 30, 30, 30, 45, 60];
const PRICEBOOKS = ['', '', '1', '2', '3'];
/** Every this many customers, one repeats an earlier name (differing in case or spacing). */
const DUPLICATE_EVERY = 250;
const OLDEST_DAY = -1500;
const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

function pickCurrency(rng: Rng, japanese: boolean): CurrencyCode {
  const r = rng.next();
  if (japanese) return r < 0.9 ? 'JPY' : 'USD';
  return r < 0.55 ? 'USD' : r < 0.77 ? 'EUR' : r < 0.89 ? 'GBP' : 'JPY';
}

/** Country calling code and a big-city area code. */
const DIALING: Record<string, string> = { Germany: '+49 30', France: '+33 1', Spain: '+34 91', Sweden: '+46 8', 'United Kingdom': '+44 20' };
const pad4 = (n: number) => String(n).padStart(4, '0');

/**
 * A phone number derived from the customer's index, so no two customers share one by chance
 * (the duplicate finder matches on phone numbers too).
 */
function phone(country: string, index: number, mobile: boolean): string {
  const k = index * 2 + (mobile ? 1 : 0);
  if (country === '日本') return `${mobile ? '090' : '03'}-${pad4(1000 + Math.floor(index / 10_000))}-${pad4(index % 10_000)}`;
  if (country === 'U.S.A.') return `+1 ${200 + (Math.floor(k / 10_000) % 800)}-555-${pad4(k % 10_000)}`;
  const n = String(2_000_000 + k);
  return `${DIALING[country] ?? '+44 20'} ${n.slice(0, 4)} ${n.slice(4)}`;
}

function customFields(rng: Rng, id: string, region: string): CustomFieldValue[] {
  const code = rng.chance(0.1) ? { customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', value: `L-${id.padStart(6, '0')}` } : null;
  const place = region && rng.chance(0.3) ? { customfield_id: CUSTOM_FIELDS.region, label: 'Region', value: region } : null;
  // Array literals, not push: an array grown by push keeps room for 16 more in every record.
  if (code) return place ? [code, place] : [code];
  return place ? [place] : [];
}

/** Planted duplicates: the same display name with different case or spacing. */
function duplicateName(name: string, variant: number): string {
  // Japanese names have no case and often no space: split them with an ideographic space.
  if (!name.includes(' ') && name.toLowerCase() === name.toUpperCase()) {
    const mid = Math.ceil(name.length / 2);
    return `${name.slice(0, mid)}\u3000${name.slice(mid)}`;
  }
  if (variant === 0) return name.toLowerCase();
  if (variant === 1) return name.toUpperCase();
  return name.replace(' ', '  ');
}

interface Draft {
  id: string;
  index: number;
  name: string;
  individual: boolean;
  japanese: boolean;
  currency: CurrencyCode;
  people: Person[];
  domain: string;
}

/** Who the customer is: name, kind, currency and the people to contact there. */
function draft(rng: Rng, names: NameMaker, index: number, contacts: ContactRecord[]): Draft {
  const kind = rng.next();
  const japanese = kind < 0.2;
  const individual = japanese ? kind < 0.02 : kind > 0.93;
  const d: Draft = { id: String(index + 1), index, name: '', individual, japanese, currency: 'USD', people: [], domain: '' };
  if (individual) {
    const p = names.individual(japanese);
    d.name = p.name;
    d.people.push(p);
    d.domain = japanese ? 'mail.example.jp' : 'mail.example';
  } else {
    const b = names.business(japanese);
    d.name = b.name;
    d.domain = b.domain;
    const r = rng.next();
    const count = r < 0.08 ? 0 : r < 0.9 ? 1 : 2;
    for (let n = 0; n < count; n++) d.people.push(names.employee(japanese));
  }
  d.currency = pickCurrency(rng, japanese);
  if (index % DUPLICATE_EVERY === DUPLICATE_EVERY - 1 && index >= 7) {
    // Same currency as the original, so the pair can be merged.
    const original = contacts[index - 7];
    d.name = duplicateName(original.contact_name, Math.floor(index / DUPLICATE_EVERY) % 3);
    d.currency = CURRENCY_CODES.find((c) => CURRENCIES[c] === original.currency_id) ?? d.currency;
  }
  return d;
}

function persons(rng: Rng, d: Draft, country: string, nextId: () => string): ContactPerson[] {
  // map, not push: an array grown by push keeps room for 16 more, 100,000 times over.
  return d.people.map((p, n) => {
    const id = nextId();
    // A second employee with the same romanised name gets a distinct address.
    const local = n > 0 && p.local === d.people[0].local ? `${p.local}${n + 1}` : p.local;
    // A literal in contactPerson()'s field order, for the reason contactFor gives.
    return {
      salutation: '',
      first_name: p.first,
      last_name: p.last,
      email: `${local}@${d.domain}`,
      phone: n === 0 ? phone(country, d.index, false) : '',
      mobile: n === 0 && rng.chance(0.3) ? phone(country, d.index, true) : '',
      designation: '',
      department: '',
      is_primary_contact: n === 0,
      contact_person_id: id,
    };
  });
}

interface Context {
  rng: Rng;
  day: (offset: number) => string;
  termsLabel: Map<number, string>;
  nextPersonId: () => string;
}

function contactFor(ctx: Context, d: Draft): ContactRecord {
  const { rng } = ctx;
  const places = PLACES_BY_CURRENCY[d.currency];
  const [city, state, zip, street, country, region] = places[rng.int(0, places.length - 1)];
  const line = country === '日本' ? `${street}${rng.int(1, 9)}-${rng.int(1, 30)}-${rng.int(1, 20)}` : `${rng.int(1, 9999)} ${street}`;
  const billing: Address = { attention: '', address: line, street2: '', city, state, zip, country, phone: '', fax: '' };
  const contactPersons = persons(rng, d, country, ctx.nextPersonId);
  const primary = contactPersons[0];
  const created = stamp(ctx.day(rng.int(OLDEST_DAY, -200)), rng.int(8 * 60, 18 * 60));
  const owner = rng.next();
  const terms = TERMS[rng.int(0, TERMS.length - 1)];
  // A literal rather than contactRecord(): its defaults would be allocated and thrown away
  // 100,000 times; the ContactRecord type still makes a new required field a compile error.
  return {
    contact_id: d.id,
    contact_name: d.name,
    company_name: d.individual ? '' : d.name,
    customer_sub_type: d.individual ? 'individual' : 'business',
    email: primary?.email ?? '',
    phone: primary?.phone ?? '',
    mobile: primary?.mobile ?? '',
    website: '',
    language_code: d.japanese ? 'ja' : 'en',
    currency_id: CURRENCIES[d.currency],
    payment_terms: terms,
    payment_terms_label: ctx.termsLabel.get(terms) ?? `Net ${terms}`,
    pricebook_id: PRICEBOOKS[rng.int(0, PRICEBOOKS.length - 1)],
    owner_id: owner < 0.1 ? USERS.assignedA : owner < 0.2 ? USERS.assignedB : '',
    status: rng.chance(0.06) ? 'inactive' : 'active',
    is_portal_enabled: primary !== undefined && rng.chance(0.25),
    payment_reminder_enabled: !rng.chance(0.03),
    notes: '',
    billing_address: billing,
    shipping_address: rng.chance(0.3) ? { ...billing } : emptyAddress(),
    contact_persons: contactPersons,
    custom_fields: customFields(rng, d.id, region),
    default_templates: {
      ...DEFAULT_TEMPLATES,
      statement_template_id: d.japanese ? TEMPLATES.statementJapanese : rng.chance(0.1) ? TEMPLATES.statementCompact : TEMPLATES.statementStandard,
      statement_email_template_id: d.japanese ? TEMPLATES.statementEmailJa : TEMPLATES.statementEmail,
    },
    merged_into_contact_id: '',
    unused_credits_minor: 0,
    created_time: created,
    last_modified_time: created,
  };
}

/** Every customer's first history entry. */
const creationComment = (c: ContactRecord): CommentRecord => ({
  comment_id: c.contact_id,
  contact_id: c.contact_id,
  description: 'Contact created.',
  operation_type: 'created',
  commented_by: 'Aiko Tanaka',
  date: c.created_time.slice(0, 10),
  time: c.created_time,
});

/** Customers generated between two pauses when the build runs in slices (buildLargeSliced). */
export const LARGE_SLICE = 5_000;

/**
 * The build as a generator: it pauses (yields) after every `slice` customers and returns the
 * dataset. The pauses change nothing in the data: the same random stream is drawn in the same
 * order, so a sliced build equals the one-go build exactly.
 */
function* largeSteps(base: Dataset, opts: ScenarioOptions, slice: number): Generator<void, Dataset> {
  const size = Math.max(0, Math.floor(opts.size));
  const rng = createRng(opts.seed);
  const names = new NameMaker(rng);
  const dayCache = new Map<number, string>();
  const day = (offset: number): string => {
    let d = dayCache.get(offset);
    if (d === undefined) dayCache.set(offset, (d = addDays(opts.anchorDate, offset)));
    return d;
  };
  let personSeq = base.counters.contact_person ?? 0;
  const ctx: Context = {
    rng,
    day,
    termsLabel: new Map(base.paymentTerms.map((t) => [t.payment_terms, t.payment_terms_label])),
    nextPersonId: () => String(++personSeq),
  };
  const precision = new Map(base.currencies.map((c) => [c.currency_code, c.price_precision]));
  const contacts = new Array<ContactRecord>(size);
  const sink: LedgerSink = { rng, day, invoices: [], payments: [] };

  for (let i = 0; i < size; i++) {
    if (i > 0 && i % slice === 0) yield;
    const d = draft(rng, names, i, contacts);
    const contact = contactFor(ctx, d);
    contacts[i] = contact;
    if (rng.chance(INVOICED_SHARE)) addInvoices(sink, contact, d.currency, precision.get(d.currency) ?? 2);
  }
  // Made on first read: the table keys its rows on first use (store.ts), and nothing on the first
  // page of the list reads the history, so a reload at 100,000 customers skips 100,000 records.
  let comments: CommentRecord[] | undefined;

  return {
    ...base,
    contacts,
    invoices: sink.invoices,
    payments: sink.payments,
    get comments() {
      return (comments ??= contacts.map(creationComment));
    },
    // New records continue after the highest generated id.
    counters: {
      ...base.counters,
      contact: size,
      contact_person: personSeq,
      invoice: sink.invoices.length,
      invoice_number: sink.invoices.length,
      payment: sink.payments.length,
      payment_number: sink.payments.length,
      comment: size,
    },
  };
}

export function buildLarge(base: Dataset, opts: ScenarioOptions): Dataset {
  const steps = largeSteps(base, opts, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build in slices of LARGE_SLICE customers, awaiting `pause()` between them, so the page
 * stays responsive while a reload regenerates 100,000 customers (one 100k build is one task of
 * several hundred milliseconds otherwise). Nothing is handed over until the last slice is done.
 */
export async function buildLargeSliced(base: Dataset, opts: ScenarioOptions, pause: () => Promise<void>, slice = LARGE_SLICE): Promise<Dataset> {
  const steps = largeSteps(base, opts, slice);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
