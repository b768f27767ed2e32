import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../api/schemas';
import { displayNameSuggestions, emptyValues, formFieldFor, toPayload, validate } from './form-values';

const fields: CustomField[] = [
  { customfield_id: '1', label: 'Customer Code', data_type: 'text', options: [] },
  { customfield_id: '3', label: 'Credit Limit', data_type: 'number', options: [] },
];

describe('customer form values', () => {
  const base = () => ({ ...emptyValues({ currency_id: '1' }), contact_name: '山田商事' });

  it('requires a display name and a valid email', () => {
    const errors = validate({ ...base(), contact_name: '  ', email: 'nope' }, fields);
    expect(errors.contact_name).toMatch(/required/i);
    expect(errors.email).toMatch(/valid email/i);
  });

  it('applies the contract text rules: invisible-only names are empty, controls are named', () => {
    expect(validate({ ...base(), contact_name: '\u200B\u00AD\uFEFF' }, fields).contact_name).toBe('Display name is required.');
    const errors = validate(
      {
        ...base(),
        company_name: 'Acme\u202E',
        billing_address: { ...base().billing_address, city: 'Tokyo\u0000', address: '1-2-3\nSecond floor' },
        custom: { cf_1: 'C\u001B1' },
      },
      fields,
    );
    expect(errors).toEqual({
      company_name: 'Company name contains a text-direction control character (U+202E), which is not allowed.',
      'billing_address.city': 'City contains a control character (U+0000), which is not allowed.',
      'custom.cf_1': 'Customer Code contains a control character (U+001B), which is not allowed.',
    });
  });

  it('limits the display name to 200 characters', () => {
    expect(validate({ ...base(), contact_name: 'x'.repeat(201) }, fields).contact_name).toMatch(/200/);
    expect(validate({ ...base(), contact_name: 'x'.repeat(200) }, fields).contact_name).toBeUndefined();
  });

  it('needs an email for the portal', () => {
    expect(validate({ ...base(), is_portal_enabled: true }, fields).is_portal_enabled).toMatch(/email/i);
    expect(validate({ ...base(), is_portal_enabled: true, email: 'a@b.jp' }, fields).is_portal_enabled).toBeUndefined();
  });

  it('makes the primary contact the one primary person, others follow', () => {
    const payload = toPayload(
      {
        ...base(),
        first_name: '太郎',
        last_name: '山田',
        email: 'taro@example.jp',
        persons: [{ salutation: '', first_name: 'Hanako', last_name: '', email: 'h@example.jp', phone: '', mobile: '', designation: '', department: '' }],
      },
      fields,
    );
    expect(payload.contact_persons?.map((p) => [p.first_name, p.is_primary_contact])).toEqual([
      ['太郎', true],
      ['Hanako', false],
    ]);
  });

  it('sends no persons when none is filled in, and numbers as numbers', () => {
    const payload = toPayload({ ...base(), custom: { cf_3: '1500', cf_1: ' A-1 ' } }, fields);
    expect(payload.contact_persons).toEqual([]);
    expect(payload.custom_fields).toEqual([
      { customfield_id: '1', value: 'A-1' },
      { customfield_id: '3', value: 1500 },
    ]);
    expect(validate({ ...base(), custom: { cf_3: 'abc' } }, fields)['custom.cf_3']).toBeDefined();
  });

  it('never sends a number custom field the API would refuse or JSON would turn into null', () => {
    // "Infinity" used to become Infinity, which JSON.stringify sends as null: the field was cleared.
    const sent = (cf_3: string) => JSON.parse(JSON.stringify(toPayload({ ...base(), custom: { cf_3 } }, fields).custom_fields)) as unknown;
    expect(sent('Infinity')).toEqual([{ customfield_id: '3', value: 'Infinity' }]);
    expect(sent('1,500')).toEqual([{ customfield_id: '3', value: 1500 }]);
    for (const raw of ['Infinity', '1e308', '12345678901234567.89', '0.1000000000000000000001']) {
      expect(validate({ ...base(), custom: { cf_3: raw } }, fields)['custom.cf_3'], raw).toBeDefined();
    }
    expect(validate({ ...base(), custom: { cf_3: '1e308' } }, fields)['custom.cf_3']).toBe(
      'Credit Limit must be less than 1,000,000,000,000 (either side of zero).',
    );
    expect(validate({ ...base(), custom: { cf_3: '999,999,999,999.5' } }, fields)['custom.cf_3']).toBeUndefined();
  });

  it('maps API field paths to form fields', () => {
    expect(formFieldFor('contact_persons.0.email')).toBe('email');
    expect(formFieldFor('contact_persons.2.email')).toBe('persons.1.email');
    expect(formFieldFor('contact_name')).toBe('contact_name');
  });

  it('suggests display names from the contact and company', () => {
    expect(displayNameSuggestions({ salutation: 'Mr.', first_name: 'Taro', last_name: 'Yamada', company_name: 'Acme' })).toEqual([
      'Acme',
      'Taro Yamada',
      'Mr. Taro Yamada',
      'Yamada, Taro',
      'Yamada Taro',
    ]);
  });
});
