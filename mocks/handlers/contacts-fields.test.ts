/** GET /contacts *ext* `fields`: rows with only the named fields, for exports of many rows. */
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../src/api/schemas';
import { LIST_FIELDS_MAX_LENGTH } from '../../src/api/limits';
import { actAs, call, useMockApi } from '../testing';

type List = { contacts: Record<string, unknown>[]; page_context: PageContext; errors?: { field: string; message: string }[] };
const list = (q: string) => call<List>('GET', `/contacts?${q}`);

describe('GET /contacts?fields=', () => {
  useMockApi('demo');

  it('answers only the named fields and contact_id, for the same rows and page as without it', async () => {
    const whole = await list('per_page=10&page=2&sort_column=contact_name');
    const sparse = await list('per_page=10&page=2&sort_column=contact_name&fields=contact_name,email,outstanding_receivable_amount');
    expect(sparse.status).toBe(200);
    expect(sparse.body.page_context).toEqual(whole.body.page_context);
    expect(sparse.body.contacts).toEqual(
      whole.body.contacts.map((c) => ({
        contact_id: c.contact_id,
        contact_name: c.contact_name,
        email: c.email,
        outstanding_receivable_amount: c.outstanding_receivable_amount,
      })),
    );
    expect(JSON.stringify(sparse.body).length).toBeLessThan(JSON.stringify(whole.body).length / 4);
  });

  it('picks from full contacts with include=details', async () => {
    const r = await list('per_page=5&include=details&fields=contact_persons,billing_address');
    expect(r.status).toBe(200);
    for (const c of r.body.contacts) expect(Object.keys(c).sort()).toEqual(['billing_address', 'contact_id', 'contact_persons']);
  });

  it('keeps the acting user’s visibility', async () => {
    const all = await list('per_page=200&fields=contact_name');
    await actAs('3');
    const own = await list('per_page=200&fields=contact_name,owner_id');
    expect(own.body.contacts.length).toBeGreaterThan(0);
    expect(own.body.contacts.length).toBeLessThan(all.body.contacts.length);
    expect(new Set(own.body.contacts.map((c) => c.owner_id))).toEqual(new Set(['3']));
  });

  it('refuses a name the row does not have, and an overlong list, as 1001 on fields', async () => {
    for (const q of ['fields=contact_name,nope', 'fields=contact_persons', `fields=${'a,'.repeat(LIST_FIELDS_MAX_LENGTH)}`, 'fields=<script>']) {
      const r = await list(q);
      expect(r.status, q).toBe(400);
      expect(r.body.code, q).toBe(1001);
      expect(r.body.errors?.[0]?.field, q).toBe('fields');
      expect(r.body.message, q).not.toContain('<script>');
    }
  });
});
