/**
 * The checks a well-shaped snapshot must still pass before it loads (the format's comments in
 * src/api/schemas/snapshot.ts list them): the references the mock relies on resolve, ids are
 * unique, and the counters continue after the highest ids, so a new record never overwrites one.
 */
import type { FieldError } from '../../src/api/schemas';
import type { Snapshot } from '../../src/api/schemas/snapshot';
import { DEFAULT_ACTING_USER } from '../runtime';

/** The counter that numbers each table's ids (new records get counter + 1). */
const idCounters = [
  ['users', 'user_id', null],
  ['currencies', 'currency_id', null],
  ['payment_terms', 'id', null],
  ['pricebooks', 'pricebook_id', null],
  ['custom_fields', 'customfield_id', null],
  ['templates', 'template_id', 'template'],
  ['settings', 'id', null],
  ['contacts', 'contact_id', 'contact'],
  ['invoices', 'invoice_id', 'invoice'],
  ['payments', 'payment_id', 'payment'],
  ['comments', 'comment_id', 'comment'],
  ['emails', 'email_id', 'email'],
  ['custom_views', 'customview_id', 'customview'],
] as const;

export function consistencyErrors(doc: Snapshot, prefix: string, max: number): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => {
    if (errors.length < max) errors.push({ field: `${prefix}.${field}`, message });
  };
  const ids = new Map<string, Set<string>>();
  const highest = new Map<string, number>();
  const raise = (counter: string, id: string) => highest.set(counter, Math.max(highest.get(counter) ?? 0, Number(id)));

  for (const [table, key, counter] of idCounters) {
    const seen = new Set<string>();
    const rows = (doc[table] ?? []) as unknown as Record<string, string>[];
    rows.forEach((row, i) => {
      const id = row[key];
      if (seen.has(id)) add(`${table}.${i}.${key}`, `Another record of ${table} already has the id ${id}.`);
      seen.add(id);
      if (counter) raise(counter, id);
    });
    ids.set(table, seen);
  }
  const exists = (table: string, id: string) => ids.get(table)?.has(id) ?? false;

  if (!exists('users', DEFAULT_ACTING_USER)) add('users', `User ${DEFAULT_ACTING_USER} (the default acting user) is missing.`);
  if (doc.settings.length !== 1) add('settings', 'There must be exactly one settings record.');
  doc.settings.forEach((s, i) => {
    if (!exists('currencies', s.preferences.base_currency_id)) add(`settings.${i}.preferences.base_currency_id`, 'No such currency.');
  });

  const persons = new Set<string>();
  doc.contacts.forEach((c, i) => {
    const at = `contacts.${i}`;
    if (c.owner_id !== '' && !exists('users', c.owner_id)) add(`${at}.owner_id`, `No user has the id ${c.owner_id}.`);
    if (!exists('currencies', c.currency_id)) add(`${at}.currency_id`, `No currency has the id ${c.currency_id}.`);
    if (c.merged_into_contact_id !== '' && !exists('contacts', c.merged_into_contact_id)) {
      add(`${at}.merged_into_contact_id`, `No customer has the id ${c.merged_into_contact_id}.`);
    }
    c.contact_persons.forEach((p, j) => {
      if (persons.has(p.contact_person_id)) add(`${at}.contact_persons.${j}.contact_person_id`, `Another contact person has the id ${p.contact_person_id}.`);
      persons.add(p.contact_person_id);
      raise('contact_person', p.contact_person_id);
    });
    for (const a of c.addresses ?? []) raise('address', a.address_id);
  });
  doc.invoices.forEach((inv, i) => {
    if (!exists('contacts', inv.customer_id)) add(`invoices.${i}.customer_id`, `No customer has the id ${inv.customer_id}.`);
  });
  doc.payments.forEach((p, i) => {
    if (!exists('contacts', p.customer_id)) add(`payments.${i}.customer_id`, `No customer has the id ${p.customer_id}.`);
    p.invoices.forEach((a, j) => {
      if (!exists('invoices', a.invoice_id)) add(`payments.${i}.invoices.${j}.invoice_id`, `No invoice has the id ${a.invoice_id}.`);
    });
  });
  (doc.custom_views ?? []).forEach((v, i) => {
    if (!exists('users', v.created_by_id)) add(`custom_views.${i}.created_by_id`, `No user has the id ${v.created_by_id}.`);
  });
  const mappingOwners = new Set<string>();
  (doc.import_mappings ?? []).forEach((m, i) => {
    if (!exists('users', m.user_id)) add(`import_mappings.${i}.user_id`, `No user has the id ${m.user_id}.`);
    if (mappingOwners.has(m.user_id)) add(`import_mappings.${i}.user_id`, `User ${m.user_id} already has an import mapping.`);
    mappingOwners.add(m.user_id);
  });

  for (const [counter, n] of highest) {
    if ((doc.counters[counter] ?? 0) < n) add(`counters.${counter}`, `Must be at least ${n}, the highest id it has numbered.`);
  }
  return errors;
}
