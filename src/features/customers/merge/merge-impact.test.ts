import { describe, expect, it } from 'vitest';
import { currencyMix, defaultMasterId, mergeBlock, mergeImpact, type CandidateFacts } from './merge-impact';

const c = (id: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id,
  name: `Customer ${id}`,
  email: '',
  currencyId: '1',
  currencyCode: 'USD',
  receivable: 0,
  invoices: 0,
  payments: 0,
  emails: 0,
  portal: false,
  mergedInto: '',
  ...over,
});

describe('mergeImpact', () => {
  it("counts what moves from the others to the master, not the master's own", () => {
    const all = [c('1', { invoices: 4, payments: 2, emails: 1 }), c('2', { invoices: 1, emails: 2 }), c('3', { payments: 3 })];
    const impact = mergeImpact(all, '1');
    expect(impact && { invoices: impact.invoices, payments: impact.payments, emails: impact.emails }).toEqual({ invoices: 1, payments: 3, emails: 2 });
    expect(impact?.others.map((o) => o.id)).toEqual(['2', '3']);
    const other = mergeImpact(all, '3');
    expect(other && [other.invoices, other.payments, other.emails]).toEqual([5, 2, 3]);
  });

  it('needs a master among the candidates', () => {
    expect(mergeImpact([c('1'), c('2')], '9')).toBeNull();
  });
});

describe('currencyMix and mergeBlock', () => {
  it('allows one currency', () => {
    expect(mergeBlock([c('6'), c('7')])).toBeNull();
  });

  it('names the currencies that differ, most common first', () => {
    const all = [c('6'), c('7'), c('8', { currencyId: '2', currencyCode: 'EUR' })];
    expect(currencyMix(all)).toEqual([
      { code: 'USD', count: 2 },
      { code: 'EUR', count: 1 },
    ]);
    expect(mergeBlock(all)).toEqual({ kind: 'mixed', currencies: currencyMix(all) });
  });

  it('refuses customers already merged away, and fewer than two', () => {
    expect(mergeBlock([c('9'), c('10', { mergedInto: '9', name: 'Northwind Trading Ltd' })])).toEqual({
      kind: 'merged',
      names: ['Northwind Trading Ltd'],
    });
    expect(mergeBlock([c('1')])).toEqual({ kind: 'tooFew' });
  });
});

describe('an inactive master', () => {
  it('blocks the merge once the others are fine, and is never offered first', () => {
    const all = [c('1', { inactive: true, name: 'Asleep' }), c('2'), c('3')];
    expect(mergeBlock(all, '1')).toEqual({ kind: 'masterInactive', name: 'Asleep' });
    expect(mergeBlock(all, '2')).toBeNull();
    expect(mergeBlock(all)).toBeNull();
    expect(defaultMasterId(all)).toBe('2');
    expect(defaultMasterId([c('1', { inactive: true })])).toBe('1');
    expect(defaultMasterId([])).toBeUndefined();
  });
});
