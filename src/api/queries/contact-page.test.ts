import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../schemas';
import { parseContactPage } from './contact-page';

const row = (id: string, name: string): ContactSummary => ({
  contact_id: id,
  contact_name: name,
  company_name: '',
  customer_sub_type: 'business',
  email: '',
  phone: '',
  mobile: '',
  currency_id: '1',
  currency_code: 'USD',
  payment_terms: 0,
  payment_terms_label: 'Due on Receipt',
  owner_id: '',
  status: 'active',
  is_portal_enabled: false,
  payment_reminder_enabled: true,
  has_transaction: false,
  outstanding_receivable_amount: 0,
  unused_credits_receivable_amount: 0,
  merged_into_contact_id: '',
  created_time: '2026-06-01T09:00:00+00:00',
  last_modified_time: '2026-06-01T09:00:00+00:00',
});
const page_context = { page: 1, per_page: 25, has_more_page: false, total: 4 };

describe('parseContactPage', () => {
  it('keeps the readable rows and marks the others with what can be salvaged', () => {
    const list = parseContactPage({
      code: 0,
      message: 'success',
      contacts: [
        row('1', 'Acme'),
        { ...row('2', ' Bolt '), outstanding_receivable_amount: null },
        { contact_id: 7, contact_name: 42 },
        'garbage',
        row('3', 'Cobalt'),
      ],
      page_context,
    });
    expect(list.contacts.map((c) => c.contact_name)).toEqual(['Acme', 'Cobalt']);
    expect(list.rows.map((r) => (r.kind === 'contact' ? r.contact.contact_id : r))).toEqual([
      '1',
      { kind: 'unreadable', contact_id: '2', contact_name: 'Bolt' },
      { kind: 'unreadable' },
      { kind: 'unreadable' },
      '3',
    ]);
    expect(list.page_context).toEqual(page_context);
  });

  it('fails when the page itself is malformed', () => {
    expect(() => parseContactPage({ contacts: 'nope', page_context })).toThrow();
    expect(() => parseContactPage({ contacts: [row('1', 'Acme')] })).toThrow();
  });
});
