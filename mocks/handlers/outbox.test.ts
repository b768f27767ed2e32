import { describe, expect, it } from 'vitest';
import type { OutboxEmail } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact } from '../db/builders';
import { USERS } from '../scenarios/reference';
import { BASE, actAs, call, useMockApi } from '../testing';

function customer(name: string, owner_id: string, email: string) {
  return db.transactSync((tx) => insertContact(tx, { contact_name: name, owner_id }, [{ first_name: name, email }]));
}
const send = (contactId: string, to: string, subject: string, attachments: unknown[] = []) =>
  call('POST', `/contacts/${contactId}/email`, { to_mail_ids: [to], subject, body: 'Body', attachments });

describe('outbox API', () => {
  useMockApi('empty');

  it('lists every email newest first with metadata but no bytes, filterable by customer', async () => {
    const a = customer('Alpha', USERS.assignedA, 'a@alpha.example');
    const b = customer('Beta', USERS.assignedB, 'b@beta.example');
    await send(a.contact_id, 'a@alpha.example', 'first', [{ file_name: 'x.txt', content_type: 'text/plain', content_base64: 'eA==' }]);
    await send(b.contact_id, 'b@beta.example', 'second');
    await send(a.contact_id, 'a@alpha.example', 'third');
    const all = (await call<{ emails: OutboxEmail[] }>('GET', '/outbox')).body.emails;
    expect(all.map((e) => [e.subject, e.contact_name])).toEqual([
      ['third', 'Alpha'],
      ['second', 'Beta'],
      ['first', 'Alpha'],
    ]);
    expect(all[2].attachments).toEqual([{ file_name: 'x.txt', content_type: 'text/plain', size: 1 }]);
    expect(JSON.stringify(all)).not.toContain('content_base64');
    const onlyA = (await call<{ emails: OutboxEmail[] }>('GET', `/outbox?contact_id=${a.contact_id}`)).body.emails;
    expect(onlyA.map((e) => e.subject)).toEqual(['third', 'first']);
    const one = await call<{ email: OutboxEmail }>('GET', `/outbox/${all[1].email_id}`);
    expect(one.body.email).toMatchObject({ subject: 'second', to_mail_ids: ['b@beta.example'], kind: 'email' });
  });

  it("shows a staff_assigned user only their customers' mail", async () => {
    const a = customer('Alpha', USERS.assignedA, 'a@alpha.example');
    const b = customer('Beta', USERS.assignedB, 'b@beta.example');
    await send(a.contact_id, 'a@alpha.example', 'mine');
    await send(b.contact_id, 'b@beta.example', 'theirs');
    await actAs(USERS.assignedA);
    const emails = (await call<{ emails: OutboxEmail[] }>('GET', '/outbox')).body.emails;
    expect(emails.map((e) => e.subject)).toEqual(['mine']);
    const theirId = db.tables.emails.all().find((e) => e.subject === 'theirs')?.email_id;
    const hidden = await call('GET', `/outbox/${theirId}`);
    expect([hidden.status, hidden.body.code, hidden.body.message]).toEqual([404, 1002, 'Email does not exist.']);
    expect((await fetch(`${BASE}/outbox/${theirId}/attachments/0`)).status).toBe(404);
  });

  it('serves the attachment bytes exactly, with type and file name', async () => {
    const c = customer('Alpha', '', 'a@alpha.example');
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    await send(c.contact_id, 'a@alpha.example', 'bytes', [
      { file_name: 'note.txt', content_type: 'text/plain', content_base64: 'aGk=' },
      { file_name: '明細書.pdf', content_type: 'application/pdf', content_base64: Buffer.from(bytes).toString('base64') },
    ]);
    const id = db.tables.emails.all()[0].email_id;
    const res = await fetch(`${BASE}/outbox/${id}/attachments/1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent('明細書.pdf')}`);
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([...bytes]);
    for (const index of ['2', 'x', '-1']) {
      const missing = await call('GET', `/outbox/${id}/attachments/${index}`);
      expect([missing.status, missing.body.message]).toEqual([404, 'Attachment does not exist.']);
    }
    expect((await call('GET', '/outbox/999')).status).toBe(404);
  });
});
