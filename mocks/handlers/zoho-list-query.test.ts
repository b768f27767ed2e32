/**
 * GET /contacts with Zoho's query (api.md "Zoho Invoice v3 compatibility"): its text filters
 * and their `_startswith`/`_contains` variants, `contact_type`, `status`, sorting by the
 * primary person's names, Zoho's spellings of `sort_order` and `filter_by`, and the
 * parameters it ignores. Export (`include=details`) and bulk `select_all` select the same way.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Contact, ContactSummary, PageContext } from '../../src/api/schemas';
import { emptyAddress } from '../db/builders';
import { db } from '../runtime';
import { actAs, call, useMockApi } from '../testing';
import { fields, seedContact, seedInvoice } from './contact-fixtures.test-helper';

type List = { contacts: ContactSummary[]; page_context: PageContext };

const names = (r: { body: List }) => r.body.contacts.map((c) => c.contact_name);
const list = (q: string) => call<List>('GET', `/contacts?${q}`);
const find = async (q: string) => {
  const r = await list(q);
  expect(r.status, `${q}: ${JSON.stringify(r.body)}`).toBe(200);
  return names(r);
};

describe('GET /contacts with Zoho’s query', () => {
  useMockApi('empty');

  beforeEach(() => {
    seedContact(
      {
        contact_name: 'Sakura Trading',
        company_name: 'Sakura KK',
        mobile: '090-1111-2222',
        billing_address: { ...emptyAddress(), address: '1-2-3 Ginza', city: 'Tokyo', zip: '104-0061' },
        owner_id: '3',
      },
      [
        { first_name: 'Hanako', last_name: 'Yamada', email: 'info@sakura.example', phone: '03-1234-5678' },
        { first_name: 'Taro', last_name: 'Suzuki', email: 'taro@sakura.example' },
      ],
    );
    seedContact(
      { contact_name: 'Acme Holdings', company_name: 'Acme', shipping_address: { ...emptyAddress(), city: 'Springfield', country: 'USA' }, owner_id: '4' },
      [{ first_name: 'Bob', last_name: 'Smith', email: 'bob@acme.example', phone: '+1 555 0100' }],
    );
    seedContact({ contact_name: 'ＳＡＫＵＲＡ Café', company_name: 'Café Sakura', status: 'inactive' }, [
      { first_name: 'Hana', last_name: 'Yamamoto', email: 'cafe@sakura.example' },
    ]);
  });

  it('filters each field exactly, by prefix and by substring, ignoring case and width', async () => {
    const cases: [string, string[]][] = [
      ['contact_name=sakura%20trading', ['Sakura Trading']],
      ['contact_name=Sakura', []],
      ['contact_name_startswith=SAKURA', ['ＳＡＫＵＲＡ Café', 'Sakura Trading']],
      ['contact_name_contains=hold', ['Acme Holdings']],
      ['company_name=acme', ['Acme Holdings']],
      ['company_name_startswith=caf%C3%A9', ['ＳＡＫＵＲＡ Café']],
      ['company_name_contains=sakura', ['ＳＡＫＵＲＡ Café', 'Sakura Trading']],
      // The primary contact person's names, as the row shows them: Taro is not primary.
      ['first_name=hanako', ['Sakura Trading']],
      ['first_name=Taro', []],
      ['first_name_startswith=Han', ['ＳＡＫＵＲＡ Café', 'Sakura Trading']],
      ['first_name_contains=ob', ['Acme Holdings']],
      ['last_name=YAMADA', ['Sakura Trading']],
      ['last_name_startswith=yama', ['ＳＡＫＵＲＡ Café', 'Sakura Trading']],
      ['last_name_contains=mit', ['Acme Holdings']],
      ['email=INFO@sakura.example', ['Sakura Trading']],
      ['email_startswith=cafe@', ['ＳＡＫＵＲＡ Café']],
      ['email_contains=sakura.example', ['ＳＡＫＵＲＡ Café', 'Sakura Trading']],
      // Phone or mobile; digits alone match however the number is punctuated.
      ['phone=0312345678', ['Sakura Trading']],
      ['phone=090-1111-2222', ['Sakura Trading']],
      ['phone_startswith=%2B1%20555', ['Acme Holdings']],
      ['phone_startswith=1555', ['Acme Holdings']],
      ['phone_contains=1234', ['Sakura Trading']],
      // Any line of the billing or shipping address.
      ['address=tokyo', ['Sakura Trading']],
      ['address_startswith=1-2-3', ['Sakura Trading']],
      ['address_contains=field', ['Acme Holdings']],
      ['address=USA', ['Acme Holdings']],
      ['address_contains=nowhere', []],
    ];
    for (const [q, expected] of cases) expect(await find(q), q).toEqual(expected);
  });

  it('combines filters with each other, the view and the search', async () => {
    expect(await find('company_name_contains=sakura&email_startswith=info')).toEqual(['Sakura Trading']);
    expect(await find('company_name_contains=sakura&filter_by=Status.Inactive')).toEqual(['ＳＡＫＵＲＡ Café']);
    expect(await find('contact_name_startswith=sakura&search_text=ginza')).toEqual([]);
    expect(await find('contact_name_startswith=sakura&search_text=taro')).toEqual(['Sakura Trading']);
    const r = await list('email_contains=sakura&per_page=1');
    expect(r.body.page_context).toMatchObject({ total: 2, has_more_page: true });
    // An empty value is no filter; an over-long one is 1001.
    expect(await find('contact_name=&email_contains=')).toHaveLength(3);
    expect(fields(await list(`contact_name_contains=${'x'.repeat(201)}`))).toEqual(['contact_name_contains']);
  });

  it('takes contact_type=customer (all), vendor (none: this module has no vendors), and refuses others', async () => {
    expect(await find('contact_type=customer')).toHaveLength(3);
    expect(await find('contact_type=Customer')).toHaveLength(3);
    expect(await find('contact_type=vendor')).toEqual([]);
    const bad = await list('contact_type=supplier');
    expect([bad.status, bad.body.code, fields(bad)]).toEqual([400, 1001, ['contact_type']]);
  });

  it('takes status active, inactive or all, on top of the view', async () => {
    expect(await find('status=active')).toEqual(['Acme Holdings', 'Sakura Trading']);
    expect(await find('status=Inactive')).toEqual(['ＳＡＫＵＲＡ Café']);
    expect(await find('status=all')).toHaveLength(3);
    expect(await find('status=active&filter_by=Status.Inactive')).toEqual([]);
    const bad = await list('status=archived');
    expect([bad.status, bad.body.code, fields(bad)]).toEqual([400, 1001, ['status']]);
  });

  it('never shows a staff_assigned user someone else’s customer, whatever the filter', async () => {
    await actAs('3');
    expect(await find('contact_name=Acme%20Holdings')).toEqual([]);
    expect(await find('email_contains=acme')).toEqual([]);
    expect(await find('phone_startswith=1555')).toEqual([]);
    expect(await find('address_contains=springfield')).toEqual([]);
    expect(await find('company_name_contains=sakura')).toEqual(['Sakura Trading']);
    const r = await list('first_name_startswith=ha');
    expect([names(r), r.body.page_context.total]).toEqual([['Sakura Trading'], 1]);
  });

  it('sorts by the primary person’s first and last name, sort_order in Zoho’s spellings', async () => {
    seedContact({ contact_name: 'Nobody Inc' });
    const sorted = (col: string, order: string) => find(`sort_column=${col}&sort_order=${order}`);
    // A customer without persons has empty names: first ascending.
    expect(await sorted('first_name', 'A')).toEqual(['Nobody Inc', 'Acme Holdings', 'ＳＡＫＵＲＡ Café', 'Sakura Trading']);
    expect(await sorted('first_name', 'd')).toEqual(['Sakura Trading', 'ＳＡＫＵＲＡ Café', 'Acme Holdings', 'Nobody Inc']);
    expect(await sorted('last_name', 'ascending')).toEqual(['Nobody Inc', 'Acme Holdings', 'Sakura Trading', 'ＳＡＫＵＲＡ Café']);
    expect(await sorted('last_name', 'DESCENDING')).toEqual(['ＳＡＫＵＲＡ Café', 'Sakura Trading', 'Acme Holdings', 'Nobody Inc']);
    // Full-width folds to half-width: "ｓａｋｕｒａ café" sorts before "sakura trading".
    expect(await sorted('contact_name', 'a')).toEqual(['Acme Holdings', 'Nobody Inc', 'ＳＡＫＵＲＡ Café', 'Sakura Trading']);
    expect(await sorted('Contact_Name', 'Descending')).toEqual(['Sakura Trading', 'ＳＡＫＵＲＡ Café', 'Nobody Inc', 'Acme Holdings']);
    const r = await list('sort_column=last_name&sort_order=descending');
    expect(r.body.page_context).toMatchObject({ sort_column: 'last_name', sort_order: 'D' });
    const bad = await list('sort_order=up&sort_column=owner');
    expect(fields(bad).sort()).toEqual(['sort_column', 'sort_order']);
  });

  it('takes filter_by in Zoho’s spellings, in any case', async () => {
    const [sakura, acme] = db.tables.contacts.all();
    seedInvoice(sakura.contact_id, { dueInDays: -5 });
    seedInvoice(acme.contact_id, { dueInDays: 5 });
    const view = async (v: string) => {
      const r = await list(`filter_by=${v}`);
      return [names(r), r.body.page_context.applied_filter];
    };
    expect(await view('Status.OverDue')).toEqual([['Sakura Trading'], 'Invoice.OverDue']);
    expect(await view('status.overdue')).toEqual([['Sakura Trading'], 'Invoice.OverDue']);
    expect(await view('INVOICE.OVERDUE')).toEqual([['Sakura Trading'], 'Invoice.OverDue']);
    expect(await view('Status.Unpaid')).toEqual([['Acme Holdings', 'Sakura Trading'], 'Invoice.Unpaid']);
    expect(await view('invoice.unpaid')).toEqual([['Acme Holdings', 'Sakura Trading'], 'Invoice.Unpaid']);
    expect(await view('status.inactive')).toEqual([['ＳＡＫＵＲＡ Café'], 'Status.Inactive']);
    expect(await view('STATUS.ALL')).toEqual([['Acme Holdings', 'ＳＡＫＵＲＡ Café', 'Sakura Trading'], 'Status.All']);
    expect(await view('status.portalenabled')).toEqual([[], 'Status.PortalEnabled']);
    expect(fields(await list('filter_by=Status.Overdue.Now'))).toEqual(['filter_by']);
  });

  it('accepts and ignores organization_id and authtoken on reads and writes', async () => {
    const zoho = 'organization_id=10234695&authtoken=ba4604e8e433g9c892e360d53463oec9';
    expect(await find(`${zoho}&contact_name_startswith=acme`)).toEqual(['Acme Holdings']);
    const [sakura] = db.tables.contacts.all();
    expect((await call('GET', `/contacts/${sakura.contact_id}?${zoho}`)).status).toBe(200);
    const created = await call<{ contact: Contact }>('POST', `/contacts?${zoho}`, { contact_name: 'Zoho Client' });
    expect(created.status).toBe(201);
    expect((await call('POST', `/contacts/${created.body.contact.contact_id}/inactive?${zoho}`)).status).toBe(200);
    expect((await call('GET', `/contacts/duplicates?${zoho}`)).status).toBe(200);
  });

  it('selects the same way for export (include=details) and bulk select_all', async () => {
    const exported = await call<{ contacts: Contact[] }>('GET', '/contacts?include=details&company_name_contains=sakura&status=active');
    expect(exported.body.contacts.map((c) => [c.contact_name, c.contact_persons.length])).toEqual([['Sakura Trading', 2]]);
    const bulk = await call<{ results: { contact_name: string; status: string }[] }>('POST', '/contacts/bulk', {
      action: 'mark_inactive',
      select_all: { filter_by: 'status.active', search_text: '', email_contains: 'sakura' },
    });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
    expect(bulk.body.results.map((r) => [r.contact_name, r.status])).toEqual([['Sakura Trading', 'ok']]);
    expect(db.tables.contacts.all().find((c) => c.contact_name === 'Acme Holdings')?.status).toBe('active');
    await actAs('3');
    const hidden = await call<{ results: unknown[] }>('POST', '/contacts/bulk', {
      action: 'mark_active',
      select_all: { filter_by: 'Status.All', contact_name: 'Acme Holdings' },
    });
    expect(hidden.body.results).toEqual([]);
  });
});
