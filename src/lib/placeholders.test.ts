import { describe, expect, it } from 'vitest';
import { fillPlaceholders, placeholderTokens, statementPlaceholders } from './placeholders';

describe('fillPlaceholders', () => {
  it('swaps every known token, as often as it appears', () => {
    expect(fillPlaceholders('%CompanyName% to %CustomerName%; %CompanyName%', { CompanyName: 'Sakura', CustomerName: 'Acme' })).toBe('Sakura to Acme; Sakura');
  });

  it('keeps unknown tokens and known tokens without a value as written', () => {
    expect(fillPlaceholders('Hi %Nmae%, due %BalanceDue%', { CustomerName: 'Acme' })).toBe('Hi %Nmae%, due %BalanceDue%');
  });

  it('leaves lone percent signs and text without tokens alone', () => {
    expect(fillPlaceholders('100% paid, 5 %  off', { CustomerName: 'x' })).toBe('100% paid, 5 %  off');
    expect(fillPlaceholders('', {})).toBe('');
  });

  it('inserts values literally, even when they contain tokens or $ patterns', () => {
    expect(fillPlaceholders('%CustomerName%', { CustomerName: '$& %CompanyName%' })).toBe('$& %CompanyName%');
  });

  it('lists the placeholders a template may use', () => {
    expect(placeholderTokens).toEqual(['%CustomerName%', '%BalanceDue%', '%StartDate%', '%EndDate%', '%CompanyName%']);
  });
});

describe('fillPlaceholders in a statement mail', () => {
  it('fills every occurrence and leaves unknown tokens as written', () => {
    const values = statementPlaceholders({
      customerName: 'Acme',
      balanceDue: 'USD 10.00',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      companyName: 'Sakura',
    });
    expect(fillPlaceholders('%CustomerName% owes %BalanceDue% (%CustomerName%) %Unknown% 100%', values)).toBe('Acme owes USD 10.00 (Acme) %Unknown% 100%');
    expect(fillPlaceholders('%StartDate%〜%EndDate% %CompanyName%', values)).toBe('2026-06-01〜2026-06-30 Sakura');
  });
  it('does not re-expand tokens inside values', () => {
    expect(fillPlaceholders('%A%', { A: '%B%', B: 'x' })).toBe('%B%');
  });
});
