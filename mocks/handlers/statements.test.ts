import { describe, expect, it } from 'vitest';
import type { OutboxEmail, Statement, StatementMailContent } from '../../src/api/schemas';
import { db } from '../runtime';
import { insertContact, invoiceRecord, paymentRecord } from '../db/builders';
import type { ContactRecord } from '../db/types';
import { CURRENCIES, TEMPLATES, USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';

/**
 * Acme (USD): before June an invoice of 100 (paid) and one of 50, a payment of 100;
 * in June an invoice of 200 (80 paid on 06-05) and a 5.00 credit payment on 06-10.
 */
function acme(extra: Partial<ContactRecord> = {}): ContactRecord {
  return db.transactSync((tx) => {
    const c = insertContact(tx, { contact_name: 'Acme', ...extra }, [
      { first_name: 'Ann', last_name: 'Lee', email: 'ann@acme.example' },
      { first_name: 'Bob', email: 'bob@acme.example' },
      { first_name: 'NoMail' },
    ]);
    const inv = (date: string, rate: number, paid: number) =>
      tx.invoices.put(
        invoiceRecord({
          invoice_id: tx.nextId('invoice'),
          customer_id: c.contact_id,
          date,
          due_date: date,
          currency_code: 'USD',
          line_items: [{ name: 'X', rate, quantity: 1 }],
          precision: 2,
          paid_minor: paid,
        }),
      );
    const pay = (date: string, amount_minor: number, invoice_id?: string) =>
      tx.payments.put(
        paymentRecord({
          payment_id: tx.nextId('payment'),
          customer_id: c.contact_id,
          date,
          amount_minor,
          currency_code: 'USD',
          invoices: invoice_id ? [{ invoice_id, amount_applied_minor: amount_minor }] : [],
        }),
      );
    const first = inv('2026-04-10', 100, 10000);
    inv('2026-05-20', 50, 0);
    const june = inv('2026-06-03', 200, 8000);
    pay('2026-05-01', 10000, first.invoice_id);
    pay('2026-06-05', 8000, june.invoice_id);
    pay('2026-06-10', 500);
    return c;
  });
}

const period = 'start_date=2026-06-01&end_date=2026-06-30';

describe('statements API', () => {
  useMockApi('empty');

  it('computes opening balance, running balance and totals', async () => {
    const c = acme();
    db.transactSync((tx) => tx.contacts.put({ ...c, default_templates: { ...c.default_templates, statement_template_id: TEMPLATES.statementCompact } }));
    const r = await call<{ statement: Statement }>('GET', `/contacts/${c.contact_id}/statement?${period}`);
    expect(r.status).toBe(200);
    const s = r.body.statement;
    expect(s).toMatchObject({
      contact_name: 'Acme',
      currency_code: 'USD',
      filter: 'all',
      opening_balance: 50,
      invoiced: 200,
      received: 85,
      balance_due: 165,
      template_id: TEMPLATES.statementCompact,
    });
    expect(s.lines.map((l) => [l.type, l.date, l.amount, l.payment, l.balance])).toEqual([
      ['opening', '2026-06-01', 50, 0, 50],
      ['invoice', '2026-06-03', 200, 0, 250],
      ['payment', '2026-06-05', 0, 80, 170],
      ['payment', '2026-06-10', 0, 5, 165],
    ]);
  });

  it('shows only unpaid invoices with the outstanding filter', async () => {
    const c = acme();
    const s = (await call<{ statement: Statement }>('GET', `/contacts/${c.contact_id}/statement?${period}&filter=outstanding`)).body.statement;
    expect(s.lines.map((l) => [l.type, l.number, l.amount, l.payment, l.balance])).toEqual([
      ['opening', '', 50, 0, 50],
      ['invoice', 'INV-000003', 200, 80, 170],
    ]);
    expect([s.opening_balance, s.invoiced, s.received, s.balance_due]).toEqual([50, 200, 80, 170]);
    expect(s.template_id).toBe(TEMPLATES.statementStandard);
  });

  it('rounds JPY to whole yen and defaults to this month', async () => {
    const c = db.transactSync((tx) => {
      const k = insertContact(tx, { contact_name: '京都茶舗', currency_id: CURRENCIES.JPY });
      tx.invoices.put(
        invoiceRecord({
          invoice_id: tx.nextId('invoice'),
          customer_id: k.contact_id,
          date: '2026-06-02',
          due_date: '2026-07-02',
          currency_code: 'JPY',
          line_items: [{ name: '抹茶', rate: 333.5, quantity: 3 }],
          precision: 0,
        }),
      );
      return k;
    });
    const s = (await call<{ statement: Statement }>('GET', `/contacts/${c.contact_id}/statement`)).body.statement;
    expect(s).toMatchObject({ start_date: '2026-06-01', end_date: '2026-06-30', currency_code: 'JPY', invoiced: 1001, balance_due: 1001 });
  });

  it('validates the period and hides customers the user may not see', async () => {
    const c = acme({ owner_id: USERS.assignedB });
    const bad = await call('GET', `/contacts/${c.contact_id}/statement?start_date=2026-06-31&end_date=2026-05-01&filter=some`);
    expect(bad.body.code).toBe(1001);
    expect(bad.body.errors?.map((e) => e.field)).toEqual(['start_date', 'filter']);
    const reversed = await call('GET', `/contacts/${c.contact_id}/statement?start_date=2026-06-30&end_date=2026-06-01`);
    expect(reversed.body.errors?.map((e) => e.field)).toEqual(['end_date']);
    await actAs(USERS.assignedA);
    const hidden = await call('GET', `/contacts/${c.contact_id}/statement?${period}`);
    expect([hidden.status, hidden.body.code, hidden.body.message]).toEqual([404, 1002, 'Contact does not exist.']);
    expect((await call('GET', `/contacts/${c.contact_id}/statements/email`)).status).toBe(404);
  });

  it('returns many statements at once, at most 25', async () => {
    const a = acme();
    const b = acme({ contact_name: 'Beta' });
    const r = await call<{ statements: Statement[] }>('GET', `/contacts/statements?contact_ids=${b.contact_id},${a.contact_id},${b.contact_id}&${period}`);
    expect(r.status).toBe(200);
    expect(r.body.statements.map((s) => [s.contact_name, s.balance_due])).toEqual([
      ['Beta', 165],
      ['Acme', 165],
    ]);
    const ids = Array.from({ length: 26 }, (_, i) => String(i + 1)).join(',');
    const tooMany = await call('GET', `/contacts/statements?contact_ids=${ids}`);
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 3006]);
    expect((await call('GET', '/contacts/statements')).body.code).toBe(1001);
    expect((await call('GET', `/contacts/statements?contact_ids=${a.contact_id},999`)).status).toBe(404);
  });

  it('prefills the statement email from the customer template', async () => {
    const c = acme();
    const r = await call<{ data: StatementMailContent }>('GET', `/contacts/${c.contact_id}/statements/email?${period}`);
    expect(r.body.data).toEqual({
      contact_id: c.contact_id,
      from_emails: [{ user_name: 'Aiko Tanaka', email: expect.stringContaining('@'), selected: true, is_org_email_id: false }],
      subject: 'Statement of accounts from 2026-06-01 to 2026-06-30',
      body: 'Dear Acme,\n\nPlease find attached your statement for 2026-06-01 to 2026-06-30. Balance due: USD 165.00.\n\nRegards,\nSakura Trading Co.',
      to_contacts: [
        // Zoho's person fields, and our `name` for the recipient list.
        {
          contact_person_id: c.contact_persons[0].contact_person_id,
          salutation: '',
          first_name: 'Ann',
          last_name: 'Lee',
          email: 'ann@acme.example',
          phone: '',
          mobile: '',
          name: 'Ann Lee',
          selected: true,
        },
        {
          contact_person_id: c.contact_persons[1].contact_person_id,
          salutation: '',
          first_name: 'Bob',
          last_name: '',
          email: 'bob@acme.example',
          phone: '',
          mobile: '',
          name: 'Bob',
          selected: false,
        },
      ],
      file_name: 'Statement_Acme_2026-06-01_2026-06-30.pdf',
    });
    db.transactSync((tx) => tx.contacts.put({ ...c, default_templates: { ...c.default_templates, statement_email_template_id: TEMPLATES.statementEmailJa } }));
    const ja = await call<{ data: StatementMailContent }>('GET', `/contacts/${c.contact_id}/statements/email?${period}`);
    expect(ja.body.data.subject).toBe('2026-06-01〜2026-06-30 の取引明細書');
    expect(ja.body.data.body).toContain('ご請求残高: USD 165.00');
  });

  it('emails the statement with its PDF into the outbox and the history', async () => {
    const c = acme();
    const pdf = Buffer.from('%PDF-1.4 statement').toString('base64');
    const r = await call('POST', `/contacts/${c.contact_id}/statements/email`, {
      to_mail_ids: ['ann@acme.example'],
      subject: 'Your statement',
      body: 'Attached.',
      attachments: [{ file_name: 'statement.pdf', content_type: 'application/pdf', content_base64: pdf }],
    });
    expect([r.status, r.body.code, r.body.message]).toEqual([200, 0, 'Statement has been sent to the Customer.']);
    const outbox = (await call<{ emails: OutboxEmail[] }>('GET', '/outbox')).body.emails;
    expect(outbox[0]).toMatchObject({ kind: 'statement', contact_name: 'Acme', attachments: [{ file_name: 'statement.pdf', size: 18 }] });
    expect(db.tables.comments.all().map((x) => x.operation_type)).toEqual(['statement_emailed']);

    const before = snapshot();
    const refused = await call('POST', `/contacts/${c.contact_id}/statements/email`, { to_mail_ids: ['eve@evil.example'], subject: 's', body: 'b' });
    expect(refused.body.errors?.map((e) => e.field)).toEqual(['to_mail_ids']);
    expect(snapshot()).toBe(before);
    expect((await call('POST', `/contacts/${c.contact_id}/statements/email`, '{')).body.code).toBe(1038);
  });
});
