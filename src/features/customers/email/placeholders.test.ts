import { describe, expect, it } from 'vitest';
import { draftFromTemplate, fillPlaceholders, placeholderTokens } from './placeholders';

const ctx = {
  contact: { contact_name: 'Acme Inc.', outstanding_receivable_amount: 2528.37, currency_code: 'USD' },
  orgName: 'Sakura Trading Co.',
  startDate: '2026-06-01',
  endDate: '2026-06-15',
};

describe('fillPlaceholders', () => {
  it('swaps every known token, as often as it appears', () => {
    expect(fillPlaceholders('%CompanyName% to %CustomerName%; %CompanyName%', { CompanyName: 'Sakura', CustomerName: 'Acme' })).toBe(
      'Sakura to Acme; Sakura',
    );
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

describe('draftFromTemplate', () => {
  it('fills subject and body, the balance with its currency code as the server mail writes it', () => {
    const d = draftFromTemplate(
      { subject: 'A note from %CompanyName%', body: 'Dear %CustomerName%,\nYour balance due is %BalanceDue% (%StartDate% – %EndDate%).' },
      ctx,
    );
    expect(d.subject).toBe('A note from Sakura Trading Co.');
    expect(d.body).toBe('Dear Acme Inc.,\nYour balance due is USD 2,528.37 (2026-06-01 – 2026-06-15).');
  });

  it('formats yen without decimals', () => {
    const d = draftFromTemplate(
      { subject: '', body: '%BalanceDue%' },
      { ...ctx, contact: { contact_name: 'さくら', outstanding_receivable_amount: 1001, currency_code: 'JPY' } },
    );
    expect(d.body).toBe('JPY 1,001');
  });

  it('starts empty without a template', () => {
    expect(draftFromTemplate(undefined, ctx)).toEqual({ subject: '', body: '' });
  });
});
