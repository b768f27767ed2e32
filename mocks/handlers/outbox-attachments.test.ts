/**
 * Attachments are data, never documents of the app's origin: the content type a caller sends
 * must be a real media type, and every stored attachment is served as a download that cannot
 * run script (nosniff, CSP sandbox, only allow-listed types kept).
 */
import { describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact } from '../db/builders';
import type { StoredAttachment } from '../db/types';
import { BASE, call, snapshot, useMockApi } from '../testing';

const HOSTILE_HTML = '<script>document.title="pwned";localStorage.setItem("pwned","1")</script>';
const b64 = (text: string) => Buffer.from(text).toString('base64');

function customer() {
  return db.transactSync((tx) => insertContact(tx, { contact_name: 'Alpha', owner_id: '' }, [{ first_name: 'Ann', email: 'a@alpha.example' }]));
}
const mail = { to_mail_ids: ['a@alpha.example'], subject: 'Files', body: 'Attached.' };
const send = (contactId: string, attachments: unknown[], path = 'email') =>
  call<{ email: OutboxEmail }>('POST', `/contacts/${contactId}/${path}`, { ...mail, attachments });
const attachment = (content_type: string, file_name = 'file.bin', text = 'x') => ({ file_name, content_type, content_base64: b64(text) });
const download = (emailId: string, index = 0) => fetch(`${BASE}/outbox/${emailId}/attachments/${index}`);
const lastEmailId = () => db.tables.emails.all().at(-1)?.email_id ?? '';

function expectInert(res: Response) {
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toBe('sandbox');
}

/** A record as older persisted data may hold it: written straight to the table, no validation. */
function storeRaw(contactId: string, attachments: StoredAttachment[]): string {
  return db.transactSync((tx) =>
    tx.emails.put({
      email_id: tx.nextId('email'),
      contact_id: contactId,
      kind: 'email',
      to_mail_ids: ['a@alpha.example'],
      cc_mail_ids: [],
      subject: 'Old',
      body: 'Old mail.',
      attachments,
      sent_by: 'Aiko Tanaka',
      sent_time: '2026-06-01T10:00:00+0000',
    }),
  ).email_id;
}

describe('attachment content types at send time', () => {
  useMockApi('empty');

  it('refuses a file name with a bidi override, a control character or a line break (1001 naming it)', async () => {
    const c = customer();
    const before = snapshot();
    for (const file_name of ['invoice\u202Efdp.exe', 'bell\u0007.pdf', 'two\nlines.pdf']) {
      const r = await send(c.contact_id, [attachment('application/pdf', file_name)]);
      expect([r.status, r.body.code]).toEqual([400, 1001]);
      expect(r.body.errors?.map((e) => e.field)).toEqual(['attachments.0.file_name']);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a content_type with CR/LF (header injection) with 1001 naming the field, storing nothing', async () => {
    const c = customer();
    const before = snapshot();
    for (const content_type of ['text/plain\r\nSet-Cookie: sid=evil', 'application/pdf\n', 'text/html\rX: 1']) {
      const r = await send(c.contact_id, [attachment('application/pdf', 'ok.pdf'), attachment(content_type)]);
      expect([r.status, r.body.code]).toEqual([400, 1001]);
      expect(r.body.errors?.map((e) => e.field)).toEqual(['attachments.1.content_type']);
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses anything that is not a media type (type/subtype, RFC 6838 names, optional parameters)', async () => {
    const c = customer();
    const invalid = [
      'pdf',
      'text/',
      '/html',
      'text/html extra',
      'text /html',
      'text/ht ml',
      'text/<script>',
      'text/html; charset',
      'text/html; =utf-8',
      'text/html; a="unterminated',
      'tëxt/plain',
      'text/plain\t',
      'text/plain\u0000',
      `application/${'x'.repeat(300)}`,
    ];
    for (const content_type of invalid) {
      const r = await send(c.contact_id, [attachment(content_type)]);
      expect([content_type, r.status, r.body.errors?.map((e) => e.field)]).toEqual([content_type, 400, ['attachments.0.content_type']]);
    }
    const valid = [
      'application/pdf',
      'TEXT/Plain; charset=UTF-8',
      'text/csv;header=present',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/plain; name="a; b.txt"',
      'application/x-foo+json',
    ];
    for (const content_type of valid) {
      const r = await send(c.contact_id, [attachment(content_type)]);
      expect([content_type, r.status]).toEqual([content_type, 200]);
    }
  });

  it('checks the statement email the same way', async () => {
    const c = customer();
    const r = await send(c.contact_id, [attachment('application/pdf\r\nX-Evil: 1', 'statement.pdf')], 'statements/email');
    expect([r.status, r.body.code, r.body.errors?.map((e) => e.field)]).toEqual([400, 1001, ['attachments.0.content_type']]);
    expect(db.tables.emails.all()).toHaveLength(0);
  });

  it('checks the content type of multipart file parts (a hostile part header is refused)', async () => {
    const c = customer();
    const boundary = 'b0undary';
    const multipart = (partType: string) =>
      fetch(`${BASE}/contacts/${c.contact_id}/email`, {
        method: 'POST',
        headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body: [
          `--${boundary}`,
          'Content-Disposition: form-data; name="JSONString"',
          '',
          JSON.stringify({ ...mail, attachments: [attachment('text/plain', 'listed.txt')] }),
          `--${boundary}`,
          'Content-Disposition: form-data; name="attachments"; filename="evil.html"',
          `Content-Type: ${partType}`,
          '',
          HOSTILE_HTML,
          `--${boundary}--`,
          '',
        ].join('\r\n'),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { code: number; errors?: { field: string }[] } }));
    const hostile = await multipart('text/html; charset="x"<svg onload=alert(1)>');
    expect([hostile.status, hostile.body.code, hostile.body.errors?.map((e) => e.field)]).toEqual([400, 1001, ['attachments.1.content_type']]);
    expect(db.tables.emails.all()).toHaveLength(0);

    // A well-formed text/html part is accepted, and served inert.
    const html = await multipart('text/html');
    expect(html.status).toBe(200);
    const res = await download(lastEmailId(), 1);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/octet-stream']);
    expectInert(res);
    expect(await res.text()).toBe(HOSTILE_HTML);
  });
});

describe('serving stored attachments', () => {
  useMockApi('empty');

  it('serves a text/html attachment as an inert application/octet-stream download, bytes unchanged', async () => {
    const c = customer();
    const sent = await send(c.contact_id, [attachment('text/html', 'invoice.html', HOSTILE_HTML)]);
    expect(sent.status).toBe(200);
    // The metadata keeps what was sent; only the download is neutralised.
    expect(sent.body.email.attachments[0].content_type).toBe('text/html');
    const res = await download(sent.body.email.email_id);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/octet-stream']);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="invoice.html"; filename*=UTF-8''invoice.html`);
    expectInert(res);
    expect(await res.text()).toBe(HOSTILE_HTML);
  });

  it('keeps PDF, PNG, JPEG, CSV, plain text and spreadsheet types; everything else is octet-stream', async () => {
    const c = customer();
    const served: [string, string][] = [
      ['application/pdf', 'application/pdf'],
      ['IMAGE/PNG', 'image/png'],
      ['image/jpeg', 'image/jpeg'],
      ['text/csv; charset=UTF-8', 'text/csv; charset=utf-8'],
      ['text/plain; charset="utf-8"; foo=bar', 'text/plain; charset=utf-8'],
      ['application/vnd.ms-excel', 'application/vnd.ms-excel'],
      ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['image/svg+xml', 'application/octet-stream'],
      ['application/xhtml+xml', 'application/octet-stream'],
      ['text/javascript', 'application/octet-stream'],
      ['application/xml', 'application/octet-stream'],
      ['multipart/x-mixed-replace; boundary=x', 'application/octet-stream'],
      ['application/pdf; x="y"', 'application/pdf'],
    ];
    const sent = await send(
      c.contact_id,
      served.map(([type], i) => attachment(type, `f${i}`)),
    );
    expect(sent.status).toBe(200);
    for (const [i, [, expected]] of served.entries()) {
      const res = await download(sent.body.email.email_id, i);
      expect([served[i][0], res.status, res.headers.get('content-type')]).toEqual([served[i][0], 200, expected]);
      expectInert(res);
    }
  });

  it('serves a stored record with a CR/LF content type and file name as 200 octet-stream, not 500', async () => {
    const c = customer();
    const id = storeRaw(c.contact_id, [
      { file_name: 'evil"\r\nSet-Cookie: sid=1; x=".html', content_type: 'text/html\r\nSet-Cookie: sid=evil', size: 3, content_base64: b64('abc') },
      { file_name: 'bad\ud800name.pdf', content_type: 'application/pdf', size: 3, content_base64: b64('abc') },
      { file_name: '', content_type: 'not a type', size: 0, content_base64: '' },
    ]);
    const first = await download(id, 0);
    expect([first.status, first.headers.get('content-type')]).toEqual([200, 'application/octet-stream']);
    expectInert(first);
    expect(first.headers.get('set-cookie')).toBeNull();
    const disposition = first.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(`attachment; filename="evil___Set-Cookie: sid=1; x=_.html"; filename*=UTF-8''evil%22__Set-Cookie%3A%20sid%3D1%3B%20x%3D%22.html`);
    expect(await first.text()).toBe('abc');

    const second = await download(id, 1);
    expect([second.status, second.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(second.headers.get('content-disposition')).toBe(`attachment; filename="bad_name.pdf"; filename*=UTF-8''bad%EF%BF%BDname.pdf`);

    const third = await download(id, 2);
    expect([third.status, third.headers.get('content-type'), third.headers.get('content-disposition')]).toEqual([
      200,
      'application/octet-stream',
      `attachment; filename="file"; filename*=UTF-8''file`,
    ]);
    // The outbox listing of the same record still answers.
    expect((await call('GET', `/outbox/${id}`)).status).toBe(200);
  });
});
