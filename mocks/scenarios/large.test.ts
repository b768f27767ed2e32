import { describe, expect, it } from 'vitest';
import { duplicateNameKey } from '../db/derived';
import { buildScenario, buildScenarioSliced } from './index';
import { buildLargeSliced } from './large';
import { referenceData } from './reference';

const ANCHOR = '2026-06-15';
const build = (size: number, seed = 42) => buildScenario('large', { size, seed, anchorDate: ANCHOR });

describe('large scenario', () => {
  const d = build(10_000);
  const share = (n: number) => n / d.contacts.length;

  it('honours the size and numbers everything from 1', () => {
    expect(build(1_234).contacts).toHaveLength(1_234);
    expect(build(0).contacts).toHaveLength(0);
    expect(d.contacts).toHaveLength(10_000);
    expect(d.contacts[9_999].contact_id).toBe('10000');
    expect(d.counters.contact).toBe(10_000);
    expect(d.counters.invoice).toBe(d.invoices.length);
    expect(d.counters.payment).toBe(d.payments.length);
    const persons = d.contacts.flatMap((c) => c.contact_persons.map((p) => Number(p.contact_person_id)));
    expect(new Set(persons).size).toBe(persons.length);
    expect(d.counters.contact_person).toBe(Math.max(...persons));
    expect(d.invoices.map((i) => i.invoice_number).slice(0, 3)).toEqual(['INV-000001', 'INV-000002', 'INV-000003']);
    expect(d.comments).toHaveLength(10_000);
    expect(d.comments[9_999]).toMatchObject({ comment_id: '10000', contact_id: '10000', date: d.contacts[9_999].created_time.slice(0, 10) });
  });

  it('builds the same data in slices, pausing between them', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const sliced = await buildLargeSliced(referenceData(), { size: 2_000, seed: 42, anchorDate: ANCHOR }, pause, 300);
    // Pauses after customers 300, 600, … 1,800: six of them, none after the last slice.
    expect(pauses).toBe(6);
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(build(2_000)));
    const viaScenario = await buildScenarioSliced('large', { size: 2_000, seed: 42, anchorDate: ANCHOR }, pause);
    expect(JSON.stringify(viaScenario)).toBe(JSON.stringify(build(2_000)));
  });

  it('is deterministic from the seed', () => {
    expect(JSON.stringify(build(2_000))).toBe(JSON.stringify(build(2_000)));
    expect(JSON.stringify(build(2_000, 43))).not.toBe(JSON.stringify(build(2_000)));
  });

  it('mixes languages, currencies, owners and statuses', () => {
    const ja = d.contacts.filter((c) => c.language_code === 'ja').length;
    expect(share(ja)).toBeGreaterThan(0.15);
    expect(share(ja)).toBeLessThan(0.25);
    expect(new Set(d.contacts.map((c) => c.currency_id))).toEqual(new Set(['1', '2', '3', '4']));
    for (const owner of ['3', '4']) {
      const owned = share(d.contacts.filter((c) => c.owner_id === owner).length);
      expect(owned).toBeGreaterThan(0.08);
      expect(owned).toBeLessThan(0.12);
    }
    expect(d.contacts.some((c) => c.status === 'inactive')).toBe(true);
    expect(d.contacts.some((c) => c.customer_sub_type === 'individual')).toBe(true);
    const withPersons = d.contacts.filter((x) => x.contact_persons.length);
    const bad = withPersons.filter((c) => c.contact_persons.filter((p) => p.is_primary_contact).length !== 1 || c.email !== c.contact_persons[0].email);
    expect(bad).toEqual([]);
  });

  it('populates the Overdue and Unpaid views and plants a few duplicates', () => {
    const invoiced = new Set(d.invoices.map((i) => i.customer_id));
    expect(share(invoiced.size)).toBeGreaterThan(0.15);
    expect(share(invoiced.size)).toBeLessThan(0.21);
    const overdue = new Set(d.invoices.filter((i) => i.balance_minor > 0 && i.due_date < ANCHOR).map((i) => i.customer_id));
    const unpaid = new Set(d.invoices.filter((i) => i.balance_minor > 0).map((i) => i.customer_id));
    expect(overdue.size).toBeGreaterThan(300);
    expect(unpaid.size).toBeGreaterThan(overdue.size);
    expect(d.invoices.every((i) => i.date <= ANCHOR && i.balance_minor >= 0 && i.balance_minor <= i.total_minor)).toBe(true);

    const counts = new Map<string, number>();
    for (const c of d.contacts) counts.set(duplicateNameKey(c.contact_name), (counts.get(duplicateNameKey(c.contact_name)) ?? 0) + 1);
    const duplicated = [...counts.values()].filter((n) => n > 1).length;
    expect(duplicated).toBeGreaterThanOrEqual(30);
    expect(duplicated).toBeLessThan(200);
    // Phone numbers are unique by construction, so duplicates come only from names.
    const phones = d.contacts.map((c) => c.phone).filter(Boolean);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('builds 100,000 customers quickly', () => {
    const started = performance.now();
    const big = build(100_000);
    const ms = performance.now() - started;
    console.log(`[large] 100,000 customers, ${big.invoices.length} invoices, ${big.payments.length} payments in ${ms.toFixed(0)} ms`);
    expect(big.contacts).toHaveLength(100_000);
    // Typically ~0.7 s; the bound is loose so a busy CI machine does not flake.
    expect(ms).toBeLessThan(6_000);
  });
});
