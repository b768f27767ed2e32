/** Zoho's comment fields, paging, and adding a comment (POST /contacts/{id}/comments). */
import { describe, expect, it } from 'vitest';
import type { Comment, PageContext } from '../../src/api/schemas';
import { MAX_COMMENT_LENGTH } from '../../src/api/limits';
import { db } from '../runtime';
import { addDays, setToday } from '../rules/dates';
import { USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { fields, seedContact } from './contact-fixtures.test-helper';

type History = { contact_comments: Comment[]; page_context: PageContext };

describe('contact comments, as Zoho has them', () => {
  useMockApi('empty');

  it("carries Zoho's fields, with the invoice an entry is about and how long ago it was", async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const inv = await call<{ invoice: { invoice_id: string } }>('POST', '/invoices', {
      customer_id: c.contact_id,
      line_items: [{ name: 'X', rate: 10, quantity: 1 }],
    });
    const written = db.tables.comments.all()[0].date;
    setToday(addDays(written, 2));
    const r = await call<History>('GET', `/contacts/${c.contact_id}/comments`);
    const entry = r.body.contact_comments.find((x) => x.operation_type === 'invoice_created');
    expect(entry).toMatchObject({
      contact_id: c.contact_id,
      contact_name: 'Acme',
      commented_by: 'Aiko Tanaka',
      commented_by_id: USERS.admin,
      date: written,
      date_description: '2 days ago',
      transaction_id: inv.body.invoice.invoice_id,
      transaction_type: 'invoice',
      is_entity_deleted: false,
    });
    expect(r.body.page_context).toMatchObject({ page: 1, per_page: 200, has_more_page: false });
  });

  it('pages by per_page', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    for (let i = 0; i < 3; i++) await call('POST', `/contacts/${c.contact_id}/comments`, { description: `Note ${i}` });
    const r = await call<History>('GET', `/contacts/${c.contact_id}/comments?per_page=2&page=1`);
    expect(r.body.contact_comments.map((x) => x.description)).toEqual(['Note 2', 'Note 1']);
    expect(r.body.page_context).toMatchObject({ page: 1, per_page: 2, has_more_page: true, total: 3 });
    const second = await call<History>('GET', `/contacts/${c.contact_id}/comments?per_page=2&page=2`);
    expect(second.body.contact_comments.map((x) => x.description)).toEqual(['Note 0']);
  });

  it('adds a comment by the acting user, normalised, up to the limit', async () => {
    const c = seedContact({ contact_name: 'Acme', owner_id: USERS.assignedA });
    await actAs(USERS.assignedA);
    const r = await call<{ comment: Comment }>('POST', `/contacts/${c.contact_id}/comments`, { description: '  Called about\r\nthe order  ' });
    expect(r.status).toBe(201);
    expect(r.body.comment).toMatchObject({
      description: 'Called about\nthe order',
      operation_type: 'commented',
      commented_by_id: USERS.assignedA,
      contact_id: c.contact_id,
      date_description: 'today',
    });
    const list = await call<History>('GET', `/contacts/${c.contact_id}/comments`);
    expect(list.body.contact_comments[0].comment_id).toBe(r.body.comment.comment_id);
    expect((await call('POST', `/contacts/${c.contact_id}/comments`, { description: 'x'.repeat(MAX_COMMENT_LENGTH) })).status).toBe(201);
  });

  it('refuses an empty, too long or control-character comment (1001), a hidden customer (404) and an inactive user (403)', async () => {
    const c = seedContact({ contact_name: 'Theirs', owner_id: USERS.assignedB });
    const before = snapshot();
    for (const description of ['', '   ', 'x'.repeat(MAX_COMMENT_LENGTH + 1), 'bad\u0007bell', 'rtl\u202Eoverride']) {
      const r = await call('POST', `/contacts/${c.contact_id}/comments`, { description });
      expect([r.status, r.body.code, fields(r)]).toEqual([400, 1001, ['description']]);
    }
    expect(fields(await call('POST', `/contacts/${c.contact_id}/comments`, {}))).toEqual(['description']);
    await actAs(USERS.assignedA);
    const hidden = await call('POST', `/contacts/${c.contact_id}/comments`, { description: 'Hi' });
    expect([hidden.status, hidden.body.code]).toEqual([404, 1002]);
    await actAs(USERS.assignedInactive);
    const denied = await call('POST', `/contacts/${c.contact_id}/comments`, { description: 'Hi' });
    expect([denied.status, denied.body.code]).toEqual([403, 57]);
    expect(snapshot()).toBe(before);
    expect(db.tables.comments.all()).toHaveLength(0);
  });
});
