import { describe, expect, it } from 'vitest';
import { draftFromTemplate } from './placeholders';

const ctx = {
  contact: { contact_name: 'Acme Inc.', outstanding_receivable_amount: 2528.37, currency_code: 'USD' },
  orgName: 'Sakura Trading Co.',
  startDate: '2026-06-01',
  endDate: '2026-06-15',
};

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
