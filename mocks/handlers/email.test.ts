import { describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact } from '../db/builders';
import { USERS } from '../scenarios/reference';
import { BASE, actAs, call, snapshot, useMockApi } from '../testing';

function acme(owner_id = '') {
  return db.transactSync((tx) =>
    insertContact(tx, { contact_name: 'Acme', owner_id }, [
      { first_name: 'Ann', email: 'ann@acme.example' },
      { first_name: 'Bob', email: 'Bob@Acme.example' },
    ]),
  );
}
const mail = { to_mail_ids: ['ann@acme.example'], cc_mail_ids: ['bob@acme.example'], subject: 'Hello', body: 'Your invoices are attached.' };

describe('email a customer', () => {
  useMockApi('empty');

  it('sends JSON mail with a base64 attachment into the outbox and the history', async () => {
    const c = acme();
    const r = await call<{ email: OutboxEmail }>('POST', `/contacts/${c.contact_id}/email`, {
      ...mail,
      attachments: [{ file_name: 'unpaid.pdf', content_type: 'application/pdf', content_base64: Buffer.from('%PDF-1.7').toString('base64') }],
    });
    expect([r.status, r.body.code, r.body.message]).toEqual([200, 0, 'Email has been sent.']);
    expect(r.body.email).toMatchObject({
      kind: 'email',
      contact_id: c.contact_id,
      sent_by: 'Aiko Tanaka',
      attachments: [{ file_name: 'unpaid.pdf', content_type: 'application/pdf', size: 8 }],
    });
    const stored = db.tables.emails.all();
    expect(stored).toHaveLength(1);
    expect(Buffer.from(stored[0].attachments[0].content_base64, 'base64').toString()).toBe('%PDF-1.7');
    expect(db.tables.comments.all().map((x) => [x.operation_type, x.description])).toEqual([['emailed', 'Email "Hello" sent to ann@acme.example.']]);
  });

  it('refuses addresses that are not the customer’s contact persons, naming the field', async () => {
    const c = acme();
    const before = snapshot();
    const r = await call('POST', `/contacts/${c.contact_id}/email`, { ...mail, cc_mail_ids: ['eve@evil.example'] });
    expect([r.status, r.body.code]).toEqual([400, 1001]);
    expect(r.body.errors).toEqual([{ field: 'cc_mail_ids', message: "eve@evil.example is not an email address of this customer's contact persons." }]);
    expect(snapshot()).toBe(before);
  });

  it('validates subject, body, recipients and attachments', async () => {
    const c = acme();
    const r = await call('POST', `/contacts/${c.contact_id}/email`, { to_mail_ids: [], subject: 'x'.repeat(1001), body: 'y'.repeat(5001) });
    expect(r.body.errors?.map((e) => e.field).sort()).toEqual(['body', 'subject', 'to_mail_ids']);
    expect(r.body.errors?.find((e) => e.field === 'subject')?.message).toBe('Subject can be at most 1000 characters.');
    const blank = await call('POST', `/contacts/${c.contact_id}/email`, { ...mail, subject: '   ' });
    expect(blank.body.errors).toEqual([{ field: 'subject', message: 'Subject is required.' }]);
    const b64 = await call('POST', `/contacts/${c.contact_id}/email`, {
      ...mail,
      attachments: [{ file_name: 'a.bin', content_type: 'application/octet-stream', content_base64: '***' }],
    });
    expect(b64.body.errors?.map((e) => e.field)).toEqual(['attachments.0.content_base64']);
    const bad = await call('POST', `/contacts/${c.contact_id}/email`, '{"to_mail_ids":');
    expect([bad.status, bad.body.code]).toEqual([400, 1038]);
  });

  it('answers 404 for a missing customer and one the staff_assigned user may not see', async () => {
    const theirs = acme(USERS.assignedB);
    expect((await call('POST', '/contacts/999/email', mail)).body.code).toBe(1002);
    await actAs(USERS.assignedA);
    const r = await call('POST', `/contacts/${theirs.contact_id}/email`, mail);
    expect([r.status, r.body.code, r.body.message]).toEqual([404, 1002, 'Contact does not exist.']);
    await actAs(USERS.assignedB);
    expect((await call('POST', `/contacts/${theirs.contact_id}/email`, mail)).status).toBe(200);
  });

  it('accepts multipart/form-data with a JSONString part and attachment files', async () => {
    const c = acme();
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const form = new FormData();
    form.append('JSONString', JSON.stringify(mail));
    form.append('attachments', new Blob([bytes], { type: 'application/pdf' }), '請求書.pdf');
    form.append('attachments', new Blob(['a,b\n1,2\n'], { type: 'text/csv' }), 'list.csv');
    const res = await fetch(`${BASE}/contacts/${c.contact_id}/email`, { method: 'POST', body: form });
    const body = (await res.json()) as { message: string; email: OutboxEmail };
    expect([res.status, body.message]).toEqual([200, 'Email has been sent.']);
    expect(body.email.attachments).toEqual([
      { file_name: '請求書.pdf', content_type: 'application/pdf', size: 256 },
      { file_name: 'list.csv', content_type: 'text/csv', size: 8 },
    ]);
    expect([...Buffer.from(db.tables.emails.all()[0].attachments[0].content_base64, 'base64')]).toEqual([...bytes]);
  });

  it('refuses a multipart body without JSONString or with bad JSON in it', async () => {
    const c = acme();
    const send = (form: FormData) =>
      fetch(`${BASE}/contacts/${c.contact_id}/email`, { method: 'POST', body: form }).then(async (r) => [
        r.status,
        ((await r.json()) as { code: number }).code,
      ]);
    const none = new FormData();
    none.append('attachments', new Blob(['x']), 'x.txt');
    expect(await send(none)).toEqual([400, 1001]);
    const bad = new FormData();
    bad.append('JSONString', '{oops');
    expect(await send(bad)).toEqual([400, 1038]);
  });
});
