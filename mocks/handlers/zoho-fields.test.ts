/** Zoho's contact fields beside ours, in list rows and in the detail (api.md "Zoho compatibility"). */
import { describe, expect, it } from 'vitest';
import type { Contact, ContactSummary } from '../../src/api/schemas';
import { CURRENCIES, CUSTOM_FIELDS, DEFAULT_TEMPLATES, TEMPLATES } from '../scenarios/reference';
import { call, useMockApi } from '../testing';
import { seedContact, seedInvoice } from './contact-fixtures.test-helper';

describe("Zoho's contact fields", () => {
  useMockApi('empty');

  function seed() {
    const c = seedContact(
      {
        contact_name: 'Acme',
        currency_id: CURRENCIES.USD,
        unused_credits_minor: 1250,
        default_templates: { ...DEFAULT_TEMPLATES, statement_template_id: TEMPLATES.statementCompact },
        custom_fields: [
          { customfield_id: CUSTOM_FIELDS.region, value: 'Kanto' },
          { customfield_id: CUSTOM_FIELDS.code, value: 'AC-1' },
        ],
      },
      [
        { salutation: 'Ms.', first_name: 'Ann', last_name: 'Lee', email: 'ann@acme.example', is_primary_contact: false },
        { salutation: 'Dr.', first_name: 'Bo', last_name: 'Kim', email: 'bo@acme.example', is_primary_contact: true },
      ],
    );
    seedInvoice(c.contact_id, { amount: 100 });
    return c;
  }

  const expected = (primaryId: string) => ({
    contact_type: 'customer',
    contact_salutation: 'Dr.',
    first_name: 'Bo',
    last_name: 'Kim',
    primary_contact_id: primaryId,
    currency_symbol: '$',
    price_precision: 2,
    outstanding_receivable_amount: 100,
    outstanding_receivable_amount_bcy: 100,
    unused_credits_receivable_amount_bcy: 12.5,
    outstanding_payable_amount: 0,
    unused_credits_payable_amount: 0,
    is_crm_customer: false,
    custom_fields: [
      { customfield_id: CUSTOM_FIELDS.region, index: 2, api_name: 'cf_region', label: 'Region', value: 'Kanto' },
      { customfield_id: CUSTOM_FIELDS.code, index: 1, api_name: 'cf_customer_code', label: 'Customer Code', value: 'AC-1' },
    ],
    default_templates: expect.objectContaining({
      invoice_template_id: TEMPLATES.invoiceStandard,
      invoice_template_name: 'Standard',
      statement_template_id: TEMPLATES.statementCompact,
      statement_template_name: 'Compact',
      statement_email_template_name: 'Default statement email',
      estimate_template_id: '',
      estimate_template_name: '',
      estimate_email_template_id: '',
      creditnote_template_id: '',
      creditnote_template_name: '',
      creditnote_email_template_name: '',
    }),
  });

  it('fills them in the detail', async () => {
    const c = seed();
    const primary = c.contact_persons[1].contact_person_id;
    const r = await call<{ contact: Contact }>('GET', `/contacts/${c.contact_id}`);
    expect(r.body.contact).toMatchObject(expected(primary));
  });

  it('fills them in list rows', async () => {
    const c = seed();
    const primary = c.contact_persons[1].contact_person_id;
    const r = await call<{ contacts: ContactSummary[] }>('GET', '/contacts');
    expect(r.body.contacts[0]).toMatchObject(expected(primary));
  });

  it('leaves the primary person fields empty without persons, and JPY has precision 0', async () => {
    const c = seedContact({ contact_name: 'Solo', currency_id: CURRENCIES.JPY });
    const r = await call<{ contact: Contact }>('GET', `/contacts/${c.contact_id}`);
    expect(r.body.contact).toMatchObject({
      first_name: '',
      last_name: '',
      contact_salutation: '',
      primary_contact_id: '',
      currency_symbol: '¥',
      price_precision: 0,
    });
  });
});
