import { describe, expect, it } from 'vitest';
import { checkLineItems, formatAmount, lineMinor, toMajor, toMinor } from './money';

describe('money', () => {
  it('sums without drift', () => {
    const total = [0.1, 0.2, 0.3].map((v) => toMinor(v, 2)).reduce((a, b) => a + b, 0);
    expect(toMajor(total, 2)).toBe(0.6);
  });
  it('keeps JPY whole', () => {
    expect(toMinor(1234, 0)).toBe(1234);
    expect(toMajor(1234, 0)).toBe(1234);
    expect(lineMinor(333.5, 3, 0)).toBe(1001);
  });
  it('rounds a line once', () => {
    expect(lineMinor(19.99, 3, 2)).toBe(5997);
    expect(lineMinor(1.005, 1, 2)).toBe(101);
  });
  it('answers a finite number for any stored amount', () => {
    expect(toMajor(Number.NaN, 2)).toBe(0);
    expect(toMajor(Number.POSITIVE_INFINITY, 0)).toBe(0);
  });
});

describe('checkLineItems', () => {
  const line = (rate: number, quantity = 1) => ({ name: 'X', rate, quantity });
  it('totals valid lines in minor units', () => {
    expect(checkLineItems([line(19.99, 3), line(0.01)], 2, 'USD')).toEqual({ errors: [], total_minor: 5998 });
    expect(checkLineItems([line(667, 1.5)], 0, 'JPY')).toEqual({ errors: [], total_minor: 1001 });
  });
  it('names each bad rate and quantity', () => {
    const r = checkLineItems([line(0.001), line(1, 0), line(1e308, 2e6)], 2, 'USD');
    expect(r.errors).toEqual([
      { field: 'line_items.0.rate', message: 'Use at most 2 decimal places for USD.' },
      { field: 'line_items.1.quantity', message: 'Quantity must be more than zero.' },
      { field: 'line_items.2.rate', message: 'Amounts must be less than 1,000,000,000,000.' },
      { field: 'line_items.2.quantity', message: 'Quantity can be at most 1,000,000.' },
    ]);
    expect(checkLineItems([line(1.5)], 0, 'JPY').errors.map((e) => e.field)).toEqual(['line_items.0.rate']);
  });
  it('refuses a total at or above the bound', () => {
    expect(checkLineItems([line(500_000_000_000, 2)], 2, 'USD').errors).toEqual([
      { field: 'line_items', message: 'The invoice total must be less than 1,000,000,000,000.' },
    ]);
    expect(checkLineItems([line(999_999_999_999, 1)], 0, 'JPY').errors).toEqual([]);
  });
});

describe('formatAmount', () => {
  it('uses the currency code, separators and exact decimals', () => {
    expect(formatAmount(123450, 2, 'USD')).toBe('USD 1,234.50');
    expect(formatAmount(1001, 0, 'JPY')).toBe('JPY 1,001');
    expect(formatAmount(5, 2, 'EUR')).toBe('EUR 0.05');
    expect(formatAmount(-123456789, 2, 'USD')).toBe('USD -1,234,567.89');
    expect(formatAmount(0, 0, 'JPY')).toBe('JPY 0');
  });
});
