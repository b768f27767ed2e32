import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_CHANGES, MAX_HISTORY_VALUE_LENGTH } from '../../src/api/limits';
import { contactPerson, contactRecord } from '../db/builders';
import type { ContactRecord } from '../db/types';
import { CURRENCIES, CUSTOM_FIELDS, TEMPLATES, USERS } from '../scenarios/reference';
import { boundChanges, diffContact, diffPersons, movedAwayChanges, movedInChange } from './audit';
import { addContact, testDb } from './rule-fixtures';

const db = testDb();
const base = (c: Partial<ContactRecord> = {}) => contactRecord({ contact_id: '1', contact_name: 'Acme', ...c });
const diff = (before: Partial<ContactRecord>, after: Partial<ContactRecord>) => diffContact(db, base(before), base({ ...before, ...after }));
const line = (c: { label: string; old_value: string; new_value: string }) => `${c.label}: ${c.old_value} → ${c.new_value}`;

describe('diffContact', () => {
  it('lists nothing for an identical record (timestamps do not count)', () => {
    expect(diffContact(db, base(), base({ last_modified_time: '2027-01-01T00:00:00.000+00:00' }))).toEqual([]);
  });

  it('lists a text field with its label and both values, empty as ""', () => {
    expect(diff({ company_name: '' }, { company_name: 'Acme Ltd', notes: 'VIP' })).toEqual([
      { field: 'company_name', label: 'Company Name', old_value: '', new_value: 'Acme Ltd' },
      { field: 'notes', label: 'Remarks', old_value: '', new_value: 'VIP' },
    ]);
    expect(diff({ contact_name: 'Acme' }, { contact_name: 'Acme Corp' }).map(line)).toEqual(['Display Name: Acme → Acme Corp']);
  });

  it('shows choices by their label: payment terms, customer type, language, price list, owner', () => {
    const changes = diff(
      { payment_terms: 15, payment_terms_label: 'Net 15', customer_sub_type: 'business', language_code: 'en', pricebook_id: '', owner_id: USERS.staff },
      { payment_terms: 30, payment_terms_label: 'Net 30', customer_sub_type: 'individual', language_code: 'ja', pricebook_id: '2', owner_id: USERS.admin },
    );
    expect(changes.map(line)).toEqual([
      'Customer Type: Business → Individual',
      'Language: English → Japanese',
      'Payment Terms: Net 15 → Net 30',
      'Price List:  → Wholesale',
      'Owner: Ben Carter → Aiko Tanaka',
    ]);
    expect(changes.find((c) => c.field === 'payment_terms')).toMatchObject({ old_value: 'Net 15', new_value: 'Net 30' });
  });

  it('shows the currency by its code and unused credits as an amount', () => {
    expect(diff({ currency_id: CURRENCIES.USD }, { currency_id: CURRENCIES.EUR }).map(line)).toEqual(['Currency: USD → EUR']);
    expect(diff({ unused_credits_minor: 1050 }, { unused_credits_minor: 0 }).map(line)).toEqual(['Unused Credits: USD 10.50 → USD 0.00']);
  });

  it('words the states: status, portal, reminders, merged into', () => {
    const target = addContact(db, { contact_name: 'Master Co' });
    expect(
      diff(
        { status: 'active', is_portal_enabled: true, payment_reminder_enabled: true, merged_into_contact_id: '' },
        { status: 'inactive', is_portal_enabled: false, payment_reminder_enabled: false, merged_into_contact_id: target.contact_id },
      ).map(line),
    ).toEqual(['Status: Active → Inactive', 'Merged Into:  → Master Co', 'Portal Access: Enabled → Disabled', 'Payment Reminders: Enabled → Stopped']);
  });

  it('lists billing and shipping addresses part by part', () => {
    const address = base().billing_address;
    expect(
      diff(
        { billing_address: { ...address, city: 'Tokyo' } },
        { billing_address: { ...address, city: 'Osaka', zip: '530-0001' }, shipping_address: { ...address, country: 'Japan' } },
      ),
    ).toEqual([
      { field: 'billing_address.city', label: 'Billing City', old_value: 'Tokyo', new_value: 'Osaka' },
      { field: 'billing_address.zip', label: 'Billing ZIP Code', old_value: '', new_value: '530-0001' },
      { field: 'shipping_address.country', label: 'Shipping Country', old_value: '', new_value: 'Japan' },
    ]);
  });

  it('lists additional addresses added, changed and removed as one line each', () => {
    const a = { ...base().billing_address, address_id: '7', city: 'Kyoto' };
    const b = { ...base().billing_address, address_id: '8', city: 'Nara' };
    expect(
      diff(
        { addresses: [a, b] },
        {
          addresses: [
            { ...a, city: 'Kobe' },
            { ...b, address_id: '9' },
          ],
        },
      ).map(line),
    ).toEqual(['Additional Address: Kyoto → Kobe', 'Additional Address:  → Nara', 'Additional Address: Nara → ']);
  });

  it('lists custom fields by their label, each data type as text, cleared as ""', () => {
    const cf = (id: string, value: string | number | null) => ({ customfield_id: id, value });
    const changes = diff(
      { custom_fields: [cf(CUSTOM_FIELDS.code, 'A-1'), cf(CUSTOM_FIELDS.region, 'Kanto'), cf(CUSTOM_FIELDS.creditLimit, 1000)] },
      { custom_fields: [cf(CUSTOM_FIELDS.region, 'Kansai'), cf(CUSTOM_FIELDS.creditLimit, 2500), cf(CUSTOM_FIELDS.contractDate, '2026-07-01')] },
    );
    expect(changes).toEqual([
      { field: 'cf_customer_code', label: 'Customer Code', old_value: 'A-1', new_value: '' },
      { field: 'cf_region', label: 'Region', old_value: 'Kanto', new_value: 'Kansai' },
      { field: 'cf_credit_limit', label: 'Credit Limit', old_value: '1000', new_value: '2500' },
      { field: 'cf_contract_date', label: 'Contract Date', old_value: '', new_value: '2026-07-01' },
    ]);
    // A value set to null is as empty as one left out.
    expect(diff({ custom_fields: [cf(CUSTOM_FIELDS.code, null)] }, { custom_fields: [] })).toEqual([]);
  });

  it('shows templates by their name', () => {
    const t = base().default_templates;
    expect(diff({ default_templates: t }, { default_templates: { ...t, statement_template_id: TEMPLATES.statementCompact } }).map(line)).toEqual([
      'Statement Template: Standard → Compact',
    ]);
  });

  it('leaves the mirrored email to the primary person, and lists it when there is no person', () => {
    expect(diff({ email: '' }, { email: 'a@x.example' }).map(line)).toEqual(['Email:  → a@x.example']);
    const ann = contactPerson({ contact_person_id: '5', first_name: 'Ann', email: 'ann@x.example', is_primary_contact: true });
    const changes = diff({ email: 'ann@x.example', contact_persons: [ann] }, { email: 'ann@y.example', contact_persons: [{ ...ann, email: 'ann@y.example' }] });
    expect(changes.map(line)).toEqual(['Contact Person Email (Ann): ann@x.example → ann@y.example']);
  });
});

describe('diffPersons', () => {
  const ann = contactPerson({ contact_person_id: '5', first_name: 'Ann', last_name: 'Lee', email: 'ann@x.example', is_primary_contact: true });
  const bob = contactPerson({ contact_person_id: '6', first_name: 'Bob', phone: '123' });

  it('lists a person added and removed as one line, with name and email', () => {
    expect(diffPersons([ann], [ann, bob])).toEqual([{ field: 'contact_persons.6', label: 'Contact Person Added', old_value: '', new_value: 'Bob' }]);
    expect(diffPersons([ann, bob], [ann])).toEqual([{ field: 'contact_persons.6', label: 'Contact Person Removed', old_value: 'Bob', new_value: '' }]);
    expect(diffPersons([ann], [])).toEqual([
      { field: 'contact_persons.5', label: 'Contact Person Removed', old_value: 'Ann Lee <ann@x.example>', new_value: '' },
      { field: 'primary_contact_id', label: 'Primary Contact Person', old_value: 'Ann Lee', new_value: '' },
    ]);
  });

  it("lists a person's changed fields one by one, named by the person", () => {
    expect(diffPersons([bob], [{ ...bob, phone: '456', designation: 'CFO' }]).map(line)).toEqual([
      'Contact Person Phone (Bob): 123 → 456',
      'Contact Person Designation (Bob):  → CFO',
    ]);
  });

  it('lists a new primary person', () => {
    const changes = diffPersons(
      [ann, bob],
      [
        { ...ann, is_primary_contact: false },
        { ...bob, is_primary_contact: true },
      ],
    );
    expect(changes.map(line)).toEqual(['Primary Contact Person: Ann Lee → Bob']);
  });
});

describe('bounds and merges', () => {
  it('cuts a value longer than the limit and keeps at most MAX_HISTORY_CHANGES changes', () => {
    const long = 'x'.repeat(MAX_HISTORY_VALUE_LENGTH + 10);
    const [c] = boundChanges([{ field: 'notes', label: 'Remarks', old_value: '', new_value: long }]);
    expect(c.new_value).toHaveLength(MAX_HISTORY_VALUE_LENGTH);
    const many = Array.from({ length: MAX_HISTORY_CHANGES + 5 }, (_, i) => ({ field: `f${i}`, label: 'L', old_value: '', new_value: 'v' }));
    expect(boundChanges(many)).toHaveLength(MAX_HISTORY_CHANGES);
  });

  it('says what moved off a merged-away customer and what the master received from it', () => {
    const moved = { invoices: 2, payments: 1, emails: 0, history: 3 };
    expect(movedAwayChanges(moved, 'Master Co').map(line)).toEqual([
      'Invoices (moved to Master Co): 2 → 0',
      'Payments (moved to Master Co): 1 → 0',
      'History Entries (moved to Master Co): 3 → 0',
    ]);
    expect(movedInChange('9', 'Old Co', moved)).toEqual({
      field: 'merged.9',
      label: 'Merged from Old Co',
      old_value: '',
      new_value: '2 invoices, 1 payment, 3 history entries',
    });
  });
});
