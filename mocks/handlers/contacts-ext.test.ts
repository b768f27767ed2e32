import { describe, expect, it } from 'vitest';
import type { Contact, ContactSummary } from '../../src/api/schemas';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { commentsOf, seedContact, seedEmail, seedInvoice, seedPayment } from './contact-fixtures.test-helper';

type One = { contact: Contact };

describe('POST /contacts/{id}/clone', () => {
  useMockApi('empty');

  function original() {
    const c = seedContact(
      {
        contact_name: 'Acme',
        company_name: 'Acme KK',
        owner_id: '3',
        notes: 'VIP',
        payment_terms: 45,
        payment_terms_label: 'Net 45',
        pricebook_id: '2',
        unused_credits_minor: 900,
        billing_address: { attention: 'AP', address: '1 Main', street2: '', city: 'Tokyo', state: '', zip: '100', country: 'JP', phone: '', fax: '' },
        custom_fields: [{ customfield_id: '2', label: 'Region', value: 'Kanto' }],
        default_templates: {
          invoice_template_id: '5',
          invoice_email_template_id: '7',
          statement_template_id: '3',
          statement_email_template_id: '9',
          payment_thankyou_template_id: '6',
          payment_thankyou_email_template_id: '10',
        },
      },
      [{ first_name: 'Ann', email: 'ann@acme.example' }, { first_name: 'Bob' }],
    );
    seedInvoice(c.contact_id);
    return c;
  }

  it('copies the profile with new person ids, never transactions, history or credits', async () => {
    const src = original();
    const r = await call<One>('POST', `/contacts/${src.contact_id}/clone`, { contact_name: 'Acme EUR', currency_id: '2', enable_portal: true });
    expect(r.status).toBe(201);
    expect(r.body.message).toBe('The contact has been cloned.');
    const clone = r.body.contact;
    expect(clone).toMatchObject({
      contact_name: 'Acme EUR',
      currency_code: 'EUR',
      company_name: 'Acme KK',
      owner_id: '3',
      notes: 'VIP',
      payment_terms: 45,
      pricebook_id: '2',
      billing_address: src.billing_address,
      custom_fields: src.custom_fields,
      default_templates: src.default_templates,
      is_portal_enabled: true,
      email: 'ann@acme.example',
      has_transaction: false,
      unused_credits_receivable_amount: 0,
      outstanding_receivable_amount: 0,
      status: 'active',
    });
    expect(clone.contact_persons.map((p) => p.first_name)).toEqual(['Ann', 'Bob']);
    const oldIds = src.contact_persons.map((p) => p.contact_person_id);
    for (const p of clone.contact_persons) expect(oldIds).not.toContain(p.contact_person_id);
    expect(commentsOf(clone.contact_id).map((c) => c.description)).toEqual(['Cloned from Acme']);
  });

  it('refuses 1001 (fields, enable_portal when the original has the portal), 3001, 3005 and 404', async () => {
    const src = original();
    const missing = await call('POST', `/contacts/${src.contact_id}/clone`, {});
    expect(missing.body.code).toBe(1001);
    expect(missing.body.errors?.map((e) => e.field).sort()).toEqual(['contact_name', 'currency_id']);
    expect((await call('POST', `/contacts/${src.contact_id}/clone`, { contact_name: 'X', currency_id: '99' })).body.errors?.[0].field).toBe('currency_id');
    expect((await call('POST', `/contacts/${src.contact_id}/clone`, { contact_name: ' acme ', currency_id: '2' })).body.code).toBe(3001);
    expect((await call('POST', `/contacts/${src.contact_id}/clone`, '{')).body.code).toBe(1038);
    expect((await call('POST', '/contacts/999/clone', { contact_name: 'X', currency_id: '2' })).status).toBe(404);

    const noMail = seedContact({ contact_name: 'No Mail' });
    expect((await call('POST', `/contacts/${noMail.contact_id}/clone`, { contact_name: 'N2', currency_id: '1', enable_portal: true })).body.code).toBe(3005);

    await call('POST', `/contacts/${src.contact_id}/portal/enable`);
    const portal = await call('POST', `/contacts/${src.contact_id}/clone`, { contact_name: 'P2', currency_id: '2', enable_portal: true });
    expect(portal.body.code).toBe(1001);
    expect(portal.body.errors?.[0].field).toBe('enable_portal');
    expect((await call('POST', `/contacts/${src.contact_id}/clone`, { contact_name: 'P2', currency_id: '2' })).status).toBe(201);
  });

  it('lets a staff_assigned user clone their own customers only', async () => {
    const mine = original();
    const theirs = seedContact({ contact_name: 'Theirs', owner_id: '4' });
    await actAs('3');
    expect((await call('POST', `/contacts/${theirs.contact_id}/clone`, { contact_name: 'T2', currency_id: '1' })).status).toBe(404);
    const r = await call<One>('POST', `/contacts/${mine.contact_id}/clone`, { contact_name: 'M2', currency_id: '1' });
    expect(r.body.contact.owner_id).toBe('3');
  });
});

describe('POST /contacts/merge', () => {
  useMockApi('empty');

  function trio() {
    const master = seedContact({ contact_name: 'Master', unused_credits_minor: 1000 });
    const a = seedContact({ contact_name: 'Dup A', unused_credits_minor: 250 });
    const b = seedContact({ contact_name: 'Dup B' });
    seedInvoice(a.contact_id);
    seedPayment(a.contact_id);
    seedInvoice(b.contact_id, { dueInDays: -3 });
    seedEmail(b.contact_id);
    return { master, a, b };
  }

  it('moves transactions, emails, history and credits to the master; the others become inactive', async () => {
    const { master, a, b } = trio();
    await call('POST', `/contacts/${a.contact_id}/paymentreminder/disable`);
    const r = await call<One>('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id, b.contact_id] });
    expect(r.status).toBe(200);
    expect(r.body.message).toBe('The contacts have been merged.');
    expect(r.body.contact).toMatchObject({
      contact_id: master.contact_id,
      unused_credits_receivable_amount: 12.5,
      outstanding_receivable_amount: 200,
      has_transaction: true,
    });
    const ids = new Set([a.contact_id, b.contact_id]);
    expect(db.tables.invoices.all().every((i) => i.customer_id === master.contact_id)).toBe(true);
    expect(db.tables.payments.all().every((p) => p.customer_id === master.contact_id)).toBe(true);
    expect(db.tables.emails.all().every((e) => !ids.has(e.contact_id))).toBe(true);
    for (const o of [a, b]) {
      expect(db.tables.contacts.get(o.contact_id)).toMatchObject({ status: 'inactive', merged_into_contact_id: master.contact_id, unused_credits_minor: 0 });
      expect(commentsOf(o.contact_id).map((c) => c.description)).toEqual(['Merged into Master']);
    }
    const history = commentsOf(master.contact_id);
    expect(history.at(-1)?.description).toBe('Merged Dup A, Dup B');
    expect(history.some((c) => c.operation_type === 'reminders_stopped')).toBe(true);
    const detail = await call<One>('GET', `/contacts/${a.contact_id}`);
    expect(detail.body.contact.merged_into_contact_name).toBe('Master');
  });

  it('lets a merged customer be re-activated while its moved transactions stay with the master', async () => {
    const { master, a, b } = trio();
    await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id, b.contact_id] });
    const r = await call<One>('POST', `/contacts/${a.contact_id}/active`);
    expect(r.body.contact).toMatchObject({ status: 'active', has_transaction: false, merged_into_contact_id: '' });
    expect(db.tables.invoices.all().filter((i) => i.customer_id === master.contact_id)).toHaveLength(2);
  });

  it('leaves every table unchanged when refused (403, 3003) or when a write fails mid-way', async () => {
    const { master, a, b } = trio();
    const euro = seedContact({ contact_name: 'Euro', currency_id: '2' });
    const body = { master_contact_id: master.contact_id, contact_ids: [a.contact_id, b.contact_id] };
    const before = snapshot();

    await actAs('2');
    const staff = await call('POST', '/contacts/merge', body);
    expect(staff.status).toBe(403);
    expect(staff.body.code).toBe(57);
    await actAs('3');
    expect((await call('POST', '/contacts/merge', body)).status).toBe(403);
    expect(snapshot()).toBe(before);

    await actAs('1');
    const mixed = await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id, euro.contact_id] });
    expect(mixed.status).toBe(400);
    expect(mixed.body.code).toBe(3003);
    expect(snapshot()).toBe(before);

    db.failAfterWrites = 2;
    const fault = await call('POST', '/contacts/merge', body);
    expect(fault.status).toBe(500);
    expect(fault.body.code).toBe(1000);
    expect(snapshot()).toBe(before);
  });

  it('validates the ids (1001, 404, 1038)', async () => {
    const { master, a, b } = trio();
    const bad = async (body: unknown) => (await call('POST', '/contacts/merge', body)).body;
    expect((await bad({})).errors?.map((e) => e.field).sort()).toEqual(['contact_ids', 'master_contact_id']);
    expect((await bad({ master_contact_id: master.contact_id, contact_ids: [] })).code).toBe(1001);
    expect((await bad({ master_contact_id: master.contact_id, contact_ids: [master.contact_id] })).code).toBe(1001);
    expect((await bad({ master_contact_id: master.contact_id, contact_ids: [a.contact_id, a.contact_id] })).code).toBe(1001);
    expect((await bad({ master_contact_id: master.contact_id, contact_ids: ['999'] })).code).toBe(1002);
    expect((await bad('{')).code).toBe(1038);
    await call('POST', '/contacts/merge', { master_contact_id: master.contact_id, contact_ids: [a.contact_id] });
    const again = await bad({ master_contact_id: b.contact_id, contact_ids: [a.contact_id] });
    expect(again.code).toBe(1001);
    expect(again.errors?.[0].field).toBe('contact_ids');
  });
});

describe('GET /contacts/duplicates', () => {
  useMockApi('empty');

  type Groups = { duplicate_groups: { reason: string; contacts: ContactSummary[] }[] };

  it('groups likely duplicates by normalised name, email or phone, within what the user may see', async () => {
    seedContact({ contact_name: 'Acme, Inc.', owner_id: '3' });
    seedContact({ contact_name: 'ＡＣＭＥ', owner_id: '3' });
    seedContact({ contact_name: 'acme ltd', owner_id: '4' });
    seedContact({ contact_name: '株式会社サクラ' }, [{ first_name: 'S', email: 'Info@Sakura.example' }]);
    seedContact({ contact_name: 'Sakura Japan' }, [{ first_name: 'T', email: 'info@sakura.example ' }]);
    seedContact({ contact_name: 'Bee' }, [{ phone: '03-1234-5678' }]);
    seedContact({ contact_name: 'Bee Two' }, [{ phone: '０３１２３４５６７８' }]);
    seedContact({ contact_name: 'Loner' });
    const r = await call<Groups>('GET', '/contacts/duplicates');
    expect(r.body.message).toBe('success');
    const groups = r.body.duplicate_groups.map((g) => [g.reason, g.contacts.map((c) => c.contact_name)]);
    expect(groups).toEqual([
      ['name', ['Acme, Inc.', 'ＡＣＭＥ', 'acme ltd']],
      ['phone', ['Bee', 'Bee Two']],
      ['email', ['株式会社サクラ', 'Sakura Japan']],
    ]);
    const paged = await call<Groups & { page_context: { total: number; has_more_page: boolean } }>('GET', '/contacts/duplicates?page=2&per_page=1');
    expect(paged.body.duplicate_groups.map((g) => g.reason)).toEqual(['phone']);
    expect(paged.body.page_context).toMatchObject({ total: 3, has_more_page: true });
    // Above 200 is clamped, as Zoho does; page_context says what was used.
    const clamped = await call<{ page_context: { per_page: number } }>('GET', '/contacts/duplicates?per_page=500');
    expect([clamped.status, clamped.body.page_context.per_page]).toEqual([200, 200]);
    expect((await call('GET', '/contacts/duplicates?per_page=0')).body.code).toBe(1001);
    await actAs('3');
    const mine = await call<Groups>('GET', '/contacts/duplicates');
    expect(mine.body.duplicate_groups.map((g) => g.contacts.map((c) => c.contact_name))).toEqual([['Acme, Inc.', 'ＡＣＭＥ']]);
  });
});
