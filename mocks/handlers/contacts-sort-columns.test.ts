/** GET /contacts sorts by any list column a view or the Columns menu shows, custom fields included. */
import { describe, expect, it } from 'vitest';
import { sortColumns, type ContactSummary, type PageContext } from '../../src/api/schemas';
import { call, useMockApi } from '../testing';
import { fields } from './contact-fixtures.test-helper';

type List = { contacts: ContactSummary[]; page_context: PageContext };

describe('GET /contacts sort_column', () => {
  useMockApi('demo');

  const list = async (query: string) => (await call<List>('GET', `/contacts?per_page=200&${query}`)).body;

  it('orders by every fixed column both ways, ties by id', async () => {
    for (const column of sortColumns) {
      const up = await list(`sort_column=${column}`);
      const down = await list(`sort_column=${column}&sort_order=D`);
      expect(up.page_context.sort_column, column).toBe(column);
      expect(up.contacts.length, column).toBeGreaterThan(20);
      expect(new Set(down.contacts.map((c) => c.contact_id)), column).toEqual(new Set(up.contacts.map((c) => c.contact_id)));
    }
    const terms = (await list('sort_column=payment_terms')).contacts.map((c) => c.payment_terms);
    expect(terms).toEqual([...terms].sort((a, b) => a - b));
    const owners = (await list('sort_column=owner_id&sort_order=D')).contacts.map((c) => (c.owner_name ?? '').toLowerCase());
    expect(owners).toEqual([...owners].sort().reverse());
    const portal = (await list('sort_column=is_portal_enabled&sort_order=D')).contacts.map((c) => c.is_portal_enabled);
    expect(portal.indexOf(false)).toBeGreaterThan(0);
    expect(portal.slice(portal.indexOf(false))).not.toContain(true);
  });

  it('orders by a custom field, empty values first, and refuses one that does not exist', async () => {
    const code = (c: ContactSummary) => c.custom_fields?.find((f) => f.api_name === 'cf_customer_code')?.value ?? null;
    const rows = (await list('sort_column=cf_customer_code')).contacts.map(code);
    const filled = rows.filter((v) => v !== null && v !== '');
    expect(filled.length).toBeGreaterThan(1);
    expect(rows.slice(rows.length - filled.length)).toEqual(filled);
    expect(filled.map((v) => String(v).toLowerCase())).toEqual(filled.map((v) => String(v).toLowerCase()).sort());
    const limit = (c: ContactSummary) => c.custom_fields?.find((f) => f.api_name === 'cf_credit_limit')?.value ?? null;
    const limits = (await list('sort_column=cf_credit_limit&sort_order=D')).contacts.map(limit).filter((v) => typeof v === 'number');
    expect(limits.length).toBeGreaterThan(1);
    expect(limits).toEqual([...limits].sort((a, b) => b - a));
    expect(fields(await call('GET', '/contacts?sort_column=cf_no_such_field'))).toEqual(['sort_column']);
    expect(fields(await call('GET', '/contacts?sort_column=cf_'))).toEqual(['sort_column']);
  });

  it('a view may sort by a custom field it can name', async () => {
    const ok = await call('POST', '/customviews', { name: 'By code', sort_column: 'cf_customer_code' });
    expect(ok.status).toBe(201);
    expect(fields(await call('POST', '/customviews', { name: 'By nothing', sort_column: 'cf_nope' }))).toEqual(['sort_column']);
  });
});
