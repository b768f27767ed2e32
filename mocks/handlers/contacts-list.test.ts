/** GET /contacts: paging, views, search, sort, and what each role sees. */
import { describe, expect, it } from 'vitest';
import type { ContactSummary, PageContext } from '../../src/api/schemas';
import { actAs, call, useMockApi } from '../testing';
import { allowDuplicateNames, create, fields, seedContact, seedInvoice } from './contact-fixtures.test-helper';

type List = { contacts: ContactSummary[]; page_context: PageContext };

describe('GET /contacts', () => {
  useMockApi('empty');

  const names = (r: { body: List }) => r.body.contacts.map((c) => c.contact_name);

  it('pages with page_context and clamps per_page above 200 to 200, as Zoho does', async () => {
    for (let i = 1; i <= 30; i++) seedContact({ contact_name: `C${String(i).padStart(2, '0')}` });
    const first = await call<List>('GET', '/contacts');
    expect(first.body.contacts).toHaveLength(25);
    expect(first.body.page_context).toMatchObject({
      page: 1,
      per_page: 25,
      has_more_page: true,
      total: 30,
      applied_filter: 'Status.All',
      sort_column: 'contact_name',
      sort_order: 'A',
    });
    const second = await call<List>('GET', '/contacts?page=2&per_page=25');
    expect(names(second)).toEqual(['C26', 'C27', 'C28', 'C29', 'C30']);
    expect(second.body.page_context.has_more_page).toBe(false);
    expect((await call<List>('GET', '/contacts?per_page=200')).body.contacts).toHaveLength(30);
    const tooMany = await call<List>('GET', '/contacts?per_page=201');
    expect([tooMany.status, tooMany.body.contacts.length, tooMany.body.page_context.per_page]).toEqual([200, 30, 200]);
    expect(fields(await call('GET', '/contacts?per_page=0'))).toEqual(['per_page']);
    expect(fields(await call('GET', '/contacts?filter_by=Status.Nope&sort_column=x&sort_order=Z&page=0'))).toEqual(
      expect.arrayContaining(['filter_by', 'sort_column', 'sort_order', 'page']),
    );
  });

  it('filters by all eight views', async () => {
    allowDuplicateNames();
    seedContact({ contact_name: 'Active' });
    seedContact({ contact_name: 'Sleepy', status: 'inactive' });
    seedContact({ contact_name: 'Portal', is_portal_enabled: true, email: 'p@example.com' });
    seedContact({ contact_name: 'Twin' });
    seedContact({ contact_name: ' twin ' });
    const late = seedContact({ contact_name: 'Late' });
    const owing = seedContact({ contact_name: 'Owing' });
    const settled = seedContact({ contact_name: 'Settled' });
    seedInvoice(late.contact_id, { dueInDays: -5 });
    seedInvoice(owing.contact_id, { dueInDays: 5 });
    seedInvoice(settled.contact_id, { dueInDays: -5, paid: true });
    const view = async (v: string) => names(await call<List>('GET', `/contacts?filter_by=${v}`));
    expect(await view('Status.All')).toHaveLength(8);
    expect(await view('Status.Active')).not.toContain('Sleepy');
    expect(await view('Status.Inactive')).toEqual(['Sleepy']);
    expect(await view('Status.Duplicate')).toEqual(['Twin', ' twin ']);
    expect(await view('Status.PortalEnabled')).toEqual(['Portal']);
    expect(await view('Status.PortalDisabled')).toHaveLength(7);
    expect(await view('Invoice.OverDue')).toEqual(['Late']);
    expect(await view('Invoice.Unpaid')).toEqual(['Late', 'Owing']);
  });

  it('searches name, company, email, phone and contact persons, ignoring case and width', async () => {
    seedContact({ contact_name: 'Sakura Trading', company_name: 'Sakura KK' }, [
      { first_name: 'Hanako', last_name: 'Yamada', email: 'hanako@sakura.example', phone: '03-1234-5678' },
    ]);
    seedContact({ contact_name: 'Acme', company_name: 'Acme Holdings' }, [{ first_name: 'Bob', email: 'bob@acme.example' }]);
    const find = async (q: string) => names(await call<List>('GET', `/contacts?search_text=${encodeURIComponent(q)}`));
    expect(await find('sakura')).toEqual(['Sakura Trading']);
    expect(await find('HOLDINGS')).toEqual(['Acme']);
    expect(await find('bob@acme')).toEqual(['Acme']);
    expect(await find('0312345678')).toEqual(['Sakura Trading']);
    expect(await find('1234-5678')).toEqual(['Sakura Trading']);
    expect(await find('yamada hanako')).toEqual(['Sakura Trading']);
    expect(await find('ＳＡＫＵＲＡ')).toEqual(['Sakura Trading']);
    expect(await find('nobody')).toEqual([]);
    const r = await call<List>('GET', '/contacts?search_text=acme');
    expect(r.body.page_context.total).toBe(1);
  });

  it('sorts by each column in both orders', async () => {
    const b = seedContact({ contact_name: 'beta', company_name: 'Zeta', email: 'a@x.example', unused_credits_minor: 500 });
    seedContact({ contact_name: 'Alpha', company_name: 'Yota', email: 'c@x.example', unused_credits_minor: 100 });
    const c = seedContact({ contact_name: 'Gamma', company_name: 'Xi', email: 'b@x.example' });
    seedInvoice(c.contact_id, { amount: 300 });
    seedInvoice(b.contact_id, { amount: 50 });
    const sorted = async (col: string, order = 'A') => names(await call<List>('GET', `/contacts?sort_column=${col}&sort_order=${order}`));
    expect(await sorted('contact_name')).toEqual(['Alpha', 'beta', 'Gamma']);
    expect(await sorted('contact_name', 'D')).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(await sorted('company_name')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(await sorted('email')).toEqual(['beta', 'Gamma', 'Alpha']);
    expect(await sorted('outstanding_receivable_amount', 'D')).toEqual(['Gamma', 'beta', 'Alpha']);
    expect(await sorted('unused_credits_receivable_amount')).toEqual(['Gamma', 'Alpha', 'beta']);
    expect(await sorted('created_time')).toEqual(['beta', 'Alpha', 'Gamma']);
    const r = await call<List>('GET', '/contacts?sort_column=outstanding_receivable_amount&sort_order=D');
    expect(r.body.contacts[0]).toMatchObject({ outstanding_receivable_amount: 300, has_transaction: true });
  });

  it('shows a staff_assigned user only the customers they own', async () => {
    seedContact({ contact_name: 'Mine', owner_id: '3' });
    seedContact({ contact_name: 'Theirs', owner_id: '4' });
    seedContact({ contact_name: 'Nobody' });
    await actAs('3');
    const r = await call<List>('GET', '/contacts');
    expect(names(r)).toEqual(['Mine']);
    expect(r.body.page_context.total).toBe(1);
    await actAs('2');
    expect(names(await call<List>('GET', '/contacts'))).toHaveLength(3);
  });

  it('reflects writes immediately (the cached order follows the data version)', async () => {
    seedContact({ contact_name: 'B' });
    expect(names(await call<List>('GET', '/contacts'))).toEqual(['B']);
    await create({ contact_name: 'A' });
    expect(names(await call<List>('GET', '/contacts'))).toEqual(['A', 'B']);
  });
});
