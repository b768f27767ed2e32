/**
 * Zoho's request body forms on every /api/v3 write (api.md "Zoho Invoice v3 compatibility"):
 * JSON, a form body whose `JSONString` field holds the JSON, and multipart with a
 * `JSONString` part beside `attachments` files.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/api/limits';
import type { Contact, Invoice, OutboxEmail } from '../../src/api/schemas';
import { db } from '../runtime';
import { BASE, call, snapshot, useMockApi, type ApiResult } from '../testing';
import { fields, seedContact } from './contact-fixtures.test-helper';

async function send<T = Record<string, unknown>>(method: string, path: string, body: BodyInit, contentType?: string): Promise<ApiResult<T>> {
  const res = await fetch(`${BASE}${path}`, { method, body, headers: contentType ? { 'Content-Type': contentType } : {} });
  return { status: res.status, body: (await res.json()) as ApiResult<T>['body'] };
}

/** `application/x-www-form-urlencoded`, as Zoho's SDKs and `curl -d JSONString=...` send it. */
const formBody = (entries: Record<string, string>) => new URLSearchParams(entries).toString();
const FORM = 'application/x-www-form-urlencoded';

const B = 'zoho-boundary-7';
const MULTIPART = `multipart/form-data; boundary=${B}`;
/** A multipart body written by hand, so the header spelling is exactly what a client sent. */
function multipart(parts: { disposition: string; type?: string; content: string }[]): string {
  const body = parts.map((p) => `--${B}\r\nContent-Disposition: ${p.disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n${p.content}\r\n`);
  return `${body.join('')}--${B}--\r\n`;
}

describe('request bodies in Zoho’s forms', () => {
  useMockApi('empty');

  it('creates a customer from a form body whose JSONString holds the JSON, other fields ignored', async () => {
    const body = formBody({
      JSONString: JSON.stringify({ contact_name: 'Form & Co', email: 'a+b@form.example' }),
      organization_id: '10234695',
      authtoken: 'x',
    });
    const r = await send<{ contact: Contact }>('POST', '/contacts', body, `${FORM}; charset=UTF-8`);
    expect([r.status, r.body.code, r.body.message]).toEqual([201, 0, 'The contact has been created']);
    expect(r.body.contact).toMatchObject({ contact_name: 'Form & Co', email: 'a+b@form.example' });
    expect(db.tables.contacts.get(r.body.contact.contact_id)?.contact_name).toBe('Form & Co');
  });

  it('updates from a multipart JSONString part, and reads other writes the same way', async () => {
    const c = seedContact({ contact_name: 'Before' });
    const body = multipart([{ disposition: 'form-data; name="JSONString"', content: JSON.stringify({ contact_name: 'After' }) }]);
    const r = await send<{ contact: Contact }>('PUT', `/contacts/${c.contact_id}`, body, MULTIPART);
    expect([r.status, r.body.contact.contact_name]).toEqual([200, 'After']);

    const clone = await send<{ contact: Contact }>(
      'POST',
      `/contacts/${c.contact_id}/clone`,
      formBody({ JSONString: JSON.stringify({ contact_name: 'Copy', currency_id: '1' }) }),
      FORM,
    );
    expect([clone.status, clone.body.contact.contact_name]).toEqual([201, 'Copy']);
    const person = await send(
      'POST',
      '/contacts/contactpersons',
      formBody({ JSONString: JSON.stringify({ contact_id: c.contact_id, first_name: 'Ann' }) }),
      FORM,
    );
    expect(person.status).toBe(201);
  });

  it('refuses a form body without JSONString (1001), bad JSON in it (1038), and takes an empty one as no fields', async () => {
    const before = snapshot();
    const none = await send('POST', '/contacts', formBody({ contact_name: 'Flat' }), FORM);
    expect([none.status, none.body.code, fields(none)]).toEqual([400, 1001, ['JSONString']]);
    const twice = await send('POST', '/contacts', 'JSONString=%7B%7D&JSONString=%7B%7D', FORM);
    expect([twice.status, twice.body.code, fields(twice)]).toEqual([400, 1001, ['JSONString']]);
    const bad = await send('POST', '/contacts', formBody({ JSONString: '{"contact_name":' }), FORM);
    expect([bad.status, bad.body.code]).toEqual([400, 1038]);
    const badPart = await send('POST', '/contacts', multipart([{ disposition: 'form-data; name="JSONString"', content: '{oops' }]), MULTIPART);
    expect([badPart.status, badPart.body.code]).toEqual([400, 1038]);
    const noPart = await send('POST', '/contacts', multipart([{ disposition: 'form-data; name="other"', content: 'x' }]), MULTIPART);
    expect([noPart.status, noPart.body.code, fields(noPart)]).toEqual([400, 1001, ['JSONString']]);
    // Empty in any form: no fields, so the schema names what is missing.
    for (const type of [FORM, MULTIPART]) {
      const empty = await send('POST', '/contacts', '', type);
      expect([empty.status, empty.body.code, fields(empty)], type).toEqual([400, 1001, ['contact_name']]);
    }
    const broken = await send('POST', '/contacts', `--${B}\r\nno header\r\n\r\nx`, MULTIPART);
    expect([broken.status, broken.body.code, fields(broken)]).toEqual([400, 1001, ['body']]);
    expect(snapshot()).toBe(before);
  });

  it('refuses a file part where the endpoint takes none', async () => {
    const body = multipart([
      { disposition: 'form-data; name="JSONString"', content: JSON.stringify({ contact_name: 'Files' }) },
      { disposition: 'form-data; name="attachments";filename="a.txt"', type: 'text/plain', content: 'x' },
    ]);
    const r = await send('POST', '/contacts', body, MULTIPART);
    expect([r.status, r.body.code, fields(r)]).toEqual([400, 1001, ['attachments']]);
    expect(db.tables.contacts.size).toBe(0);
  });

  it('keeps the 1 MB body limit (413/1040) in every form', async () => {
    const big = JSON.stringify({ contact_name: 'Big', notes: 'x'.repeat(MAX_BODY_BYTES) });
    const form = await send('POST', '/contacts', formBody({ JSONString: big }), FORM);
    expect([form.status, form.body.code]).toEqual([413, 1040]);
    const parts = await send('POST', '/contacts', multipart([{ disposition: 'form-data; name="JSONString"', content: big }]), MULTIPART);
    expect([parts.status, parts.body.code]).toEqual([413, 1040]);
    expect(db.tables.contacts.size).toBe(0);
  });

  describe('email with attachments', () => {
    const mail = { to_mail_ids: ['ann@acme.example'], subject: 'Hello', body: 'Attached.' };
    const acme = () => seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);

    it('takes `name="attachments";filename="a.txt"` (no space after the semicolon) as a file', async () => {
      const c = acme();
      const body = multipart([
        { disposition: 'form-data; name="JSONString"', content: JSON.stringify(mail) },
        { disposition: 'form-data; name="attachments";filename="a.txt"', type: 'text/plain', content: 'hello' },
        { disposition: 'form-data;name="attachments"; filename="b.csv"', type: 'text/csv', content: 'a,b' },
        { disposition: 'form-data; name="attachments";filename="c.bin"', content: '' },
      ]);
      const r = await send<{ email: OutboxEmail }>('POST', `/contacts/${c.contact_id}/email`, body, MULTIPART);
      expect([r.status, r.body.message]).toEqual([200, 'Email has been sent.']);
      expect(r.body.email.attachments).toEqual([
        { file_name: 'a.txt', content_type: 'text/plain', size: 5 },
        { file_name: 'b.csv', content_type: 'text/csv', size: 3 },
        { file_name: 'c.bin', content_type: 'application/octet-stream', size: 0 },
      ]);
      expect(Buffer.from(db.tables.emails.all()[0].attachments[0].content_base64, 'base64').toString()).toBe('hello');
    });

    it('sends the statement from a multipart body too, and refuses an attachment sent as text', async () => {
      const c = acme();
      const file = { disposition: 'form-data; name="attachments";filename="statement.pdf"', type: 'application/pdf', content: '%PDF-1.7' };
      const json = { disposition: 'form-data; name="JSONString"', content: JSON.stringify(mail) };
      const r = await send('POST', `/contacts/${c.contact_id}/statements/email`, multipart([json, file]), MULTIPART);
      expect([r.status, r.body.message]).toEqual([200, 'Statement has been sent to the Customer.']);
      expect(db.tables.emails.all()[0].attachments.map((a) => [a.file_name, a.content_type])).toEqual([['statement.pdf', 'application/pdf']]);
      const text = await send(
        'POST',
        `/contacts/${c.contact_id}/email`,
        multipart([json, { disposition: 'form-data; name="attachments"', content: 'x' }]),
        MULTIPART,
      );
      expect([text.status, text.body.code, fields(text)]).toEqual([400, 1001, ['attachments.0']]);
      const form = await send('POST', `/contacts/${c.contact_id}/email`, formBody({ JSONString: JSON.stringify(mail) }), FORM);
      expect(form.status).toBe(200);
    });
  });

  describe('string scalars', () => {
    it('takes "true"/"false" and "30" where the contract has booleans and numbers, in JSON and in forms', async () => {
      const fieldsSent = {
        contact_name: 'Stringly',
        email: 'ann@stringly.example',
        payment_terms: '30',
        is_portal_enabled: 'true',
        payment_reminder_enabled: 'false',
        phone: '30',
        contact_persons: [{ first_name: 'Ann', email: 'ann@stringly.example', is_primary_contact: 'true' }],
      };
      const json = await call<{ contact: Contact }>('POST', '/contacts', fieldsSent);
      expect(json.status, JSON.stringify(json.body)).toBe(201);
      expect(json.body.contact).toMatchObject({ payment_terms: 30, is_portal_enabled: true, payment_reminder_enabled: false, phone: '30' });
      expect(json.body.contact.contact_persons[0].is_primary_contact).toBe(true);

      const form = await send<{ contact: Contact }>(
        'POST',
        '/contacts',
        formBody({ JSONString: JSON.stringify({ ...fieldsSent, contact_name: 'Stringly 2' }) }),
        FORM,
      );
      expect([form.status, form.body.contact.payment_terms, form.body.contact.is_portal_enabled]).toEqual([201, 30, true]);

      const c = json.body.contact;
      const update = await call<{ contact: Contact }>('PUT', `/contacts/${c.contact_id}`, { contact_name: 'Stringly', payment_terms: '45' });
      expect([update.status, update.body.contact.payment_terms]).toEqual([200, 45]);
      const invoice = await call<{ invoice: Invoice }>('POST', '/invoices', {
        customer_id: c.contact_id,
        line_items: [{ name: 'A', rate: '19.99', quantity: '3' }],
      });
      expect([invoice.status, invoice.body.invoice.total]).toEqual([201, 59.97]);
      const clone = await call('POST', `/contacts/${c.contact_id}/clone`, { contact_name: 'Twin', currency_id: c.currency_id, enable_portal: 'false' });
      expect(clone.status).toBe(201);
    });

    it('refuses any other string where a boolean or number belongs (1001 naming the field), and money stays exact', async () => {
      const c = seedContact({ contact_name: 'Payer' });
      const before = snapshot();
      const bad = async (extra: Record<string, unknown>) => {
        const r = await call('POST', '/contacts', { contact_name: 'Bad', ...extra });
        return [r.status, r.body.code, fields(r)];
      };
      expect(await bad({ is_portal_enabled: 'yes' })).toEqual([400, 1001, ['is_portal_enabled']]);
      expect(await bad({ is_portal_enabled: 'TRUE' })).toEqual([400, 1001, ['is_portal_enabled']]);
      expect(await bad({ payment_terms: 'thirty' })).toEqual([400, 1001, ['payment_terms']]);
      expect(await bad({ payment_terms: '1e3' })).toEqual([400, 1001, ['payment_terms']]);
      expect(await bad({ payment_terms: '30.5' })).toEqual([400, 1001, ['payment_terms']]);
      expect(await bad({ payment_terms: '' })).toEqual([400, 1001, ['payment_terms']]);
      const cents = await call('POST', '/invoices', { customer_id: c.contact_id, line_items: [{ name: 'A', rate: '1.005', quantity: '1' }] });
      expect([cents.status, cents.body.code, fields(cents)]).toEqual([400, 1001, ['line_items.0.rate']]);
      expect(snapshot()).toBe(before);
    });
  });
});
