import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatAmount, statementPlaceholders } from './placeholders';

describe('fillPlaceholders', () => {
  it('fills every occurrence and leaves unknown tokens as written', () => {
    const values = statementPlaceholders({
      customerName: 'Acme',
      balanceDue: 'USD 10.00',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      companyName: 'Sakura',
    });
    expect(fillPlaceholders('%CustomerName% owes %BalanceDue% (%CustomerName%) %Unknown% 100%', values)).toBe(
      'Acme owes USD 10.00 (Acme) %Unknown% 100%',
    );
    expect(fillPlaceholders('%StartDate%〜%EndDate% %CompanyName%', values)).toBe('2026-06-01〜2026-06-30 Sakura');
  });
  it('does not re-expand tokens inside values', () => {
    expect(fillPlaceholders('%A%', { A: '%B%', B: 'x' })).toBe('%B%');
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
