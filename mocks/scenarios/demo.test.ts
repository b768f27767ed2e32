import { describe, expect, it } from 'vitest';
import type { Dataset } from '../db/types';
import { duplicateNameKey } from '../db/derived';
import { buildScenario } from './index';

const ANCHOR = '2026-06-15';
type DemoScenario = 'demo' | 'japanese';
const build = (scenario: DemoScenario, seed = 42, anchorDate = ANCHOR): Dataset => buildScenario(scenario, { size: 0, seed, anchorDate });

/** Likely-duplicate key: also ignores punctuation and width (as the merge suggestions do). */
const likelyKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');

function groupsBy<T>(rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return [...map.values()].filter((g) => g.length > 1);
}

const maxId = (ids: string[]) => ids.reduce((m, id) => Math.max(m, Number(id)), 0);

describe.each(['demo', 'japanese'] as const)('%s scenario', (scenario) => {
  const d = build(scenario);
  const contact = (id: string) => d.contacts.find((c) => c.contact_id === id);
  const invoicesOf = (id: string) => d.invoices.filter((i) => i.customer_id === id);
  const precision = (code: string) => d.currencies.find((c) => c.currency_code === code)?.price_precision ?? 2;

  it('is deterministic: same seed gives identical data, another seed differs', () => {
    expect(JSON.stringify(build(scenario))).toBe(JSON.stringify(d));
    expect(JSON.stringify(build(scenario, 7))).not.toBe(JSON.stringify(d));
  });

  it('has about 40 customers with ids 1..n and counters at or above every id', () => {
    expect(d.contacts.length).toBe(40);
    expect(d.contacts.map((c) => c.contact_id)).toEqual(d.contacts.map((_, i) => String(i + 1)));
    const persons = d.contacts.flatMap((c) => c.contact_persons.map((p) => p.contact_person_id));
    expect(new Set(persons).size).toBe(persons.length);
    const c = d.counters;
    expect(c.contact).toBeGreaterThanOrEqual(maxId(d.contacts.map((x) => x.contact_id)));
    expect(c.contact_person).toBeGreaterThanOrEqual(maxId(persons));
    expect(c.invoice).toBeGreaterThanOrEqual(maxId(d.invoices.map((x) => x.invoice_id)));
    expect(c.invoice_number).toBeGreaterThanOrEqual(d.invoices.length);
    expect(c.payment).toBeGreaterThanOrEqual(maxId(d.payments.map((x) => x.payment_id)));
    expect(c.payment_number).toBeGreaterThanOrEqual(d.payments.length);
    expect(c.comment).toBeGreaterThanOrEqual(maxId(d.comments.map((x) => x.comment_id)));
    expect(c.email).toBeGreaterThanOrEqual(maxId(d.emails.map((x) => x.email_id)));
    expect(c.template).toBeGreaterThanOrEqual(maxId(d.templates.map((x) => x.template_id)));
  });

  it('gives every customer with persons exactly one primary, mirrored on the contact', () => {
    const counts = new Set(d.contacts.map((c) => c.contact_persons.length));
    expect([...counts].sort()).toEqual([0, 1, 2, 3]);
    for (const c of d.contacts.filter((x) => x.contact_persons.length)) {
      const primaries = c.contact_persons.filter((p) => p.is_primary_contact);
      expect(primaries, c.contact_name).toHaveLength(1);
      expect([c.email, c.phone, c.mobile]).toEqual([primaries[0].email, primaries[0].phone, primaries[0].mobile]);
    }
  });

  it('uses USD, EUR, JPY and GBP, Japanese and Latin names', () => {
    expect(new Set(d.contacts.map((c) => c.currency_id))).toEqual(new Set(['1', '2', '3', '4']));
    expect(d.contacts.some((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c.contact_name))).toBe(true);
    expect(d.contacts.some((c) => /^[A-Za-z]/.test(c.contact_name))).toBe(true);
    expect(contact('4')?.contact_name).toBe('株式会社さくら商事');
    expect(contact('4')?.billing_address).toMatchObject({ state: '東京都', city: '千代田区', zip: '100-0005' });
    if (scenario === 'japanese') {
      const ja = d.contacts.filter((c) => c.language_code === 'ja' && c.currency_id === '3');
      expect(ja.length / d.contacts.length).toBeGreaterThan(0.6);
    }
  });

  it('has exact-duplicate groups and a likely-duplicate group', () => {
    const exact = groupsBy(d.contacts, (c) => duplicateNameKey(c.contact_name));
    expect(exact.map((g) => g.map((c) => c.contact_id))).toEqual(
      expect.arrayContaining([
        ['4', '5'],
        ['6', '7', '8'],
      ]),
    );
    // The 6/7/8 group mixes currencies, so merging all three is refused (3003).
    expect(new Set(exact.find((g) => g.length === 3)?.map((c) => c.currency_id)).size).toBe(2);
    const likely = groupsBy(d.contacts, (c) => likelyKey(c.contact_name)).map((g) => g.map((c) => c.contact_id));
    expect(likely).toContainEqual(['1', '2', '3']);
    expect(new Set(['1', '2', '3'].map((id) => duplicateNameKey(contact(id)?.contact_name ?? ''))).size).toBe(3);
  });

  it('has overdue, not-yet-due, partially paid and paid invoices, numbered in order', () => {
    const overdue = d.invoices.filter((i) => i.balance_minor > 0 && i.due_date < ANCHOR);
    const notDue = d.invoices.filter((i) => i.balance_minor > 0 && i.due_date >= ANCHOR);
    const partial = d.invoices.filter((i) => i.balance_minor > 0 && i.balance_minor < i.total_minor);
    const paid = d.invoices.filter((i) => i.balance_minor === 0);
    for (const set of [overdue, notDue, partial, paid]) expect(set.length).toBeGreaterThanOrEqual(3);
    expect(partial.some((i) => i.due_date < ANCHOR)).toBe(true);
    expect(d.invoices.map((i) => i.invoice_number)).toEqual(d.invoices.map((_, n) => `INV-${String(n + 1).padStart(6, '0')}`));
    for (const i of d.invoices) {
      expect(Number.isInteger(i.total_minor) && Number.isInteger(i.balance_minor)).toBe(true);
      expect(i.balance_minor).toBeGreaterThanOrEqual(0);
      expect(i.currency_code).toBe(d.currencies.find((c) => c.currency_id === contact(i.customer_id)?.currency_id)?.currency_code);
      expect(i.date <= ANCHOR && i.date <= i.due_date).toBe(true);
    }
  });

  it('keeps payments, balances and unused credits consistent', () => {
    const applied = new Map<string, number>();
    for (const p of d.payments) {
      const sum = p.invoices.reduce((s, a) => s + a.amount_applied_minor, 0);
      expect(p.amount_minor).toBeGreaterThanOrEqual(sum);
      for (const a of p.invoices) applied.set(a.invoice_id, (applied.get(a.invoice_id) ?? 0) + a.amount_applied_minor);
    }
    for (const i of d.invoices) expect(i.total_minor - (applied.get(i.invoice_id) ?? 0)).toBe(i.balance_minor);
    const credits = d.contacts.filter((c) => c.unused_credits_minor > 0).map((c) => c.contact_id);
    expect(credits).toEqual(['12', '31']);
    for (const id of credits) {
      const extra = d.payments
        .filter((p) => p.customer_id === id)
        .reduce((s, p) => s + p.amount_minor - p.invoices.reduce((t, a) => t + a.amount_applied_minor, 0), 0);
      expect(extra).toBe(contact(id)?.unused_credits_minor);
    }
    expect(precision('JPY')).toBe(0);
  });

  it('shows every customer state', () => {
    const withTx = new Set([...d.invoices, ...d.payments].map((x) => x.customer_id));
    expect(d.contacts.filter((c) => !withTx.has(c.contact_id)).length).toBeGreaterThanOrEqual(8);
    const inactive = d.contacts.filter((c) => c.status === 'inactive');
    expect(inactive.length).toBeGreaterThanOrEqual(4);

    const merged = d.contacts.filter((c) => c.merged_into_contact_id);
    expect(merged.map((c) => [c.contact_id, c.merged_into_contact_id, c.status])).toEqual([['10', '9', 'inactive']]);
    const master = contact('9');
    expect(master).toBeDefined();
    expect(d.comments.some((x) => x.contact_id === '10' && x.description === `Merged into ${master?.contact_name}`)).toBe(true);

    const portal = d.contacts.filter((c) => c.is_portal_enabled);
    expect(portal.length).toBeGreaterThanOrEqual(5);
    expect(portal.every((c) => c.email)).toBe(true);
    expect(d.contacts.some((c) => !c.is_portal_enabled && c.email)).toBe(true);
    expect(d.contacts.some((c) => !c.email)).toBe(true);

    const stopped = d.contacts.filter((c) => !c.payment_reminder_enabled).map((c) => c.contact_id);
    expect(stopped).toEqual(['11']);
    expect(invoicesOf('11').filter((i) => i.balance_minor > 0 && i.due_date < ANCHOR)).toHaveLength(2);

    for (const owner of ['3', '4']) {
      const owned = d.contacts.filter((c) => c.owner_id === owner);
      expect(owned.length).toBeGreaterThanOrEqual(8);
      expect(owned.some((c) => c.status === 'inactive')).toBe(true);
      expect(owned.some((c) => invoicesOf(c.contact_id).some((i) => i.balance_minor > 0 && i.due_date < ANCHOR))).toBe(true);
      expect(owned.some((c) => !withTx.has(c.contact_id))).toBe(true);
    }
    expect(d.contacts.filter((c) => !c.owner_id).length).toBeGreaterThanOrEqual(10);
  });

  it('varies terms, price lists, templates and custom fields', () => {
    expect(new Set(d.contacts.map((c) => c.payment_terms))).toEqual(new Set([0, 15, 30, 45, 60]));
    expect(new Set(d.contacts.map((c) => c.pricebook_id))).toEqual(new Set(['', '1', '2', '3']));
    const statementTemplates = new Set(d.contacts.map((c) => c.default_templates.statement_template_id));
    expect(statementTemplates).toEqual(new Set(['1', '2', '3']));
    for (const c of d.contacts.filter((x) => x.language_code === 'ja')) {
      expect(c.default_templates.statement_email_template_id).toBe('9');
    }
    const fieldIds = new Set(d.contacts.flatMap((c) => c.custom_fields.map((f) => f.customfield_id)));
    expect(fieldIds).toEqual(new Set(['1', '2', '3', '4']));
    expect(d.contacts.some((c) => c.custom_fields.length === 0)).toBe(true);
  });

  it('has history for every customer and outbox emails with attachments', () => {
    for (const c of d.contacts) {
      const history = d.comments.filter((x) => x.contact_id === c.contact_id);
      expect(history.some((x) => x.operation_type === 'created')).toBe(true);
      expect(c.last_modified_time >= c.created_time).toBe(true);
    }
    expect(d.emails.length).toBeGreaterThanOrEqual(2);
    for (const e of d.emails) {
      const c = contact(e.contact_id);
      const personEmails = c?.contact_persons.map((p) => p.email) ?? [];
      expect([...e.to_mail_ids, ...e.cc_mail_ids].every((m) => personEmails.includes(m))).toBe(true);
      const [a] = e.attachments;
      const bytes = Uint8Array.from(atob(a.content_base64), (ch) => ch.charCodeAt(0));
      expect(bytes.length).toBe(a.size);
      expect(new TextDecoder().decode(bytes).length).toBeGreaterThan(0);
    }
  });

  it('places dates relative to the anchor, so the states hold on any day', () => {
    const later = build(scenario, 42, '2031-02-28');
    const overdue = (x: Dataset, anchor: string) => x.invoices.filter((i) => i.balance_minor > 0 && i.due_date < anchor).map((i) => i.invoice_id);
    expect(overdue(later, '2031-02-28')).toEqual(overdue(d, ANCHOR));
    expect(later.invoices.every((i) => i.date <= '2031-02-28')).toBe(true);
  });
});
