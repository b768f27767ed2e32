import { describe, expect, it } from 'vitest';
import type { Currency, CustomField, PaymentTerm, Preferences, Pricebook } from '../../src/api/schemas';
import { USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';

describe('settings and reference data API', () => {
  useMockApi('empty');

  it('serves currencies, payment terms, price lists and custom fields', async () => {
    const currencies = (await call<{ currencies: Currency[] }>('GET', '/currencies')).body.currencies;
    expect(currencies.map((c) => [c.currency_id, c.currency_code, c.price_precision])).toEqual([
      ['1', 'USD', 2],
      ['2', 'EUR', 2],
      ['3', 'JPY', 0],
      ['4', 'GBP', 2],
    ]);
    const terms = (await call<{ payment_terms: PaymentTerm[] }>('GET', '/settings/paymentterms')).body.payment_terms;
    expect(terms[0]).toEqual({ payment_terms: 0, payment_terms_label: 'Due on Receipt' });
    expect(terms.map((t) => t.payment_terms)).toEqual([0, 15, 30, 45, 60]);
    const pricebooks = (await call<{ pricebooks: Pricebook[] }>('GET', '/pricebooks')).body.pricebooks;
    expect(pricebooks.map((p) => p.name)).toEqual(['Standard', 'Wholesale', 'VIP']);
    const fields = (await call<{ customfields: CustomField[] }>('GET', '/settings/customfields?entity=contact')).body.customfields;
    expect(fields.map((f) => [f.label, f.data_type])).toEqual([
      ['Customer Code', 'text'],
      ['Region', 'dropdown'],
      ['Credit Limit', 'number'],
      ['Contract Date', 'date'],
    ]);
    expect((await call('GET', '/settings/customfields?entity=invoice')).body.code).toBe(1001);
  });

  it('lets an admin change preferences', async () => {
    const get = await call<{ preferences: Preferences }>('GET', '/settings/preferences');
    expect(get.body.preferences).toMatchObject({ allow_duplicate_contact_names: false, org_name: 'Sakura Trading Co.' });
    const put = await call<{ preferences: Preferences }>('PUT', '/settings/preferences', { allow_duplicate_contact_names: true, org_name: ' Sakura KK ' });
    expect([put.status, put.body.message]).toEqual([200, 'Preferences have been saved.']);
    expect(put.body.preferences).toMatchObject({ allow_duplicate_contact_names: true, org_name: 'Sakura KK', base_currency_id: '1' });
    expect((await call<{ preferences: Preferences }>('GET', '/settings/preferences')).body.preferences.org_name).toBe('Sakura KK');
  });

  it('refuses invalid preferences, bad JSON, and non-admins', async () => {
    const before = snapshot();
    const invalid = await call('PUT', '/settings/preferences', { allow_duplicate_contact_names: 'yes', org_name: '' });
    expect(invalid.body.errors?.map((e) => e.field).sort()).toEqual(['allow_duplicate_contact_names', 'org_name']);
    expect((await call('PUT', '/settings/preferences', { base_currency_id: '99' })).body.errors?.[0].field).toBe('base_currency_id');
    expect((await call('PUT', '/settings/preferences', '{')).body.code).toBe(1038);
    for (const user of [USERS.staff, USERS.assignedA]) {
      await actAs(user);
      const r = await call('PUT', '/settings/preferences', { allow_duplicate_contact_names: true });
      expect([r.status, r.body.code, r.body.message]).toEqual([403, 57, 'You are not authorized to perform this operation.']);
    }
    expect((await call('GET', '/settings/preferences')).status).toBe(200);
    expect(snapshot()).toBe(before);
  });
});
