/**
 * `npx tsx scripts/make-scenario-files.ts`: write the two story files under
 * mocks/scenarios/files/ (committed; edit them by hand or change this and rerun). Both start
 * from the reference data every scenario has, with absolute dates around the end of June 2026
 * (set the designer's "Today" to 2026-06-30 to see them as they were meant).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contactPerson, contactRecord, invoiceRecord, paymentRecord } from '../mocks/db/builders';
import { Database } from '../mocks/db/store';
import type { CommentRecord, ContactRecord, Dataset, InvoiceRecord, PaymentRecord } from '../mocks/db/types';
import { referenceData } from '../mocks/scenarios/reference';
import { takeSnapshot } from '../mocks/snapshot/document';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../mocks/scenarios/files');

interface Story {
  contacts: ContactRecord[];
  invoices?: InvoiceRecord[];
  payments?: PaymentRecord[];
  comments?: CommentRecord[];
}

function write(name: string, description: string, story: Story): void {
  const base = referenceData();
  const persons = story.contacts.flatMap((c) => c.contact_persons.map((p) => Number(p.contact_person_id)));
  const data: Dataset = {
    ...base,
    contacts: story.contacts,
    invoices: story.invoices ?? [],
    payments: story.payments ?? [],
    comments: story.comments ?? [],
    counters: {
      ...base.counters,
      contact: story.contacts.length,
      contact_person: Math.max(0, ...persons),
      invoice: story.invoices?.length ?? 0,
      invoice_number: story.invoices?.length ?? 0,
      payment: story.payments?.length ?? 0,
      payment_number: story.payments?.length ?? 0,
      comment: story.comments?.length ?? 0,
      email: 0,
      template: base.templates.length,
    },
  };
  const db = new Database();
  db.replaceAll(data);
  const { format, ...tables } = takeSnapshot(db);
  const doc = { format, description, ...tables };
  writeFileSync(resolve(dir, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}

let person = 0;
const who = (first: string, last: string, email: string, phone = '') =>
  contactPerson({ contact_person_id: String(++person), first_name: first, last_name: last, email, phone, is_primary_contact: true });
const customer = (id: number, name: string, extra: Partial<ContactRecord> = {}, persons: ReturnType<typeof who>[] = []) =>
  contactRecord(
    {
      contact_id: String(id),
      contact_name: name,
      company_name: name,
      email: persons[0]?.email ?? '',
      phone: persons[0]?.phone ?? '',
      contact_persons: persons,
      ...extra,
    },
    '2026-02-02T09:00:00.000+00:00',
  );
const created = (id: number, contact: ContactRecord, by = 'Aiko Tanaka', note = 'Contact created.'): CommentRecord => ({
  comment_id: String(id),
  contact_id: contact.contact_id,
  description: note,
  operation_type: note === 'Contact created.' ? 'created' : 'comment',
  commented_by: by,
  commented_by_id: '1',
  date: contact.created_time.slice(0, 10),
  time: contact.created_time,
});

// ---- month-end collections ------------------------------------------------------------------
{
  person = 0;
  const c = [
    customer(1, 'Harbor Freight Lines', { owner_id: '3', payment_terms: 30 }, [who('Grace', 'Lee', 'grace.lee@harbor-freight.example', '+1 415-555-0101')]),
    customer(2, 'Northwind Traders', { owner_id: '3' }, [who('Nancy', 'Davolio', 'nancy@northwind.example', '+1 206-555-0102')]),
    customer(3, 'Blue Mesa Catering', { owner_id: '4', payment_terms: 15, payment_terms_label: 'Net 15' }, [
      who('Luis', 'Ortega', 'luis@bluemesa.example', '+1 505-555-0103'),
    ]),
    customer(4, 'Kobayashi Foods', { currency_id: '3', language_code: 'ja', owner_id: '4' }, [
      who('Hiro', 'Kobayashi', 'hiro@kobayashi-foods.example', '+81 3-5555-0104'),
    ]),
    customer(5, 'Maple Leaf Outfitters', { payment_reminder_enabled: false, notes: 'Reminders off: pays by cheque at month end.' }, [
      who('Olivia', 'Brown', 'olivia@mapleleaf.example'),
    ]),
    customer(6, 'Quiet Harbor Books', {}, [who('Sam', 'Reed', 'sam@quietharbor.example')]),
    customer(7, 'Sunrise Dental Group', { owner_id: '3' }, [who('Priya', 'Patel', 'priya@sunrise-dental.example', '+1 312-555-0107')]),
    customer(8, 'Greenfield Organics', { status: 'inactive', notes: 'Closed; one invoice still open.' }, [who('Tom', 'Green', 'tom@greenfield.example')]),
  ];
  const usd = { currency_code: 'USD', precision: 2 } as const;
  const inv = (
    id: number,
    customer_id: number,
    date: string,
    due_date: string,
    rate: number,
    quantity: number,
    paid_minor = 0,
    currency = usd as { currency_code: string; precision: number },
  ) =>
    invoiceRecord({
      invoice_id: String(id),
      customer_id: String(customer_id),
      date,
      due_date,
      line_items: [{ name: 'Monthly service', rate, quantity }],
      paid_minor,
      ...currency,
    });
  const invoices = [
    inv(1, 1, '2026-04-30', '2026-05-30', 1200, 3), // 31 days overdue at month end
    inv(2, 1, '2026-05-31', '2026-06-15', 850, 2), // 15 days overdue
    inv(3, 2, '2026-05-23', '2026-06-23', 2400, 1), // 7 days overdue: the second reminder is due
    inv(4, 3, '2026-06-14', '2026-06-29', 460, 5), // 1 day overdue: the first reminder is due
    inv(5, 4, '2026-05-15', '2026-06-14', 180000, 1, 0, { currency_code: 'JPY', precision: 0 }), // 16 days overdue, in yen
    inv(6, 5, '2026-05-15', '2026-06-14', 990, 1), // overdue, but reminders are off
    inv(7, 6, '2026-06-01', '2026-07-01', 320, 2), // due tomorrow
    inv(8, 7, '2026-05-01', '2026-05-31', 1500, 2, 100000), // partially paid, 30 days overdue
    inv(9, 7, '2026-06-01', '2026-06-15', 700, 1, 70000), // paid
    inv(10, 8, '2026-03-31', '2026-04-30', 640, 1), // inactive customer, 61 days overdue
  ];
  const payments = [
    paymentRecord({
      payment_id: '1',
      customer_id: '7',
      date: '2026-06-10',
      amount_minor: 100000,
      currency_code: 'USD',
      invoices: [{ invoice_id: '8', amount_applied_minor: 100000 }],
    }),
    paymentRecord({
      payment_id: '2',
      customer_id: '7',
      date: '2026-06-20',
      amount_minor: 70000,
      currency_code: 'USD',
      invoices: [{ invoice_id: '9', amount_applied_minor: 70000 }],
    }),
  ];
  const comments = [...c.map((x, i) => created(i + 1, x)), created(9, c[0], 'Chika Sato', 'Called about INV-000001: promised payment after the 5th.')];
  write(
    'month-end-collections',
    'Month-end collections (as of 2026-06-30): eight customers, seven with overdue invoices at 1, 7, 15, 30 and 61 days, one in yen, one with reminders off, one partly paid.',
    { contacts: c, invoices, payments, comments },
  );
}

// ---- after a messy import -------------------------------------------------------------------
{
  person = 0;
  const imported = { notes: 'Imported from contacts-2026-06.csv' };
  const c = [
    customer(1, 'Acme Inc.', { ...imported, phone: '+1 503-555-0137' }, [who('John', 'Smith', 'john.smith@acme.example', '+1 503-555-0137')]),
    customer(2, 'ACME Inc', { ...imported, phone: '5035550137' }, [who('John', 'Smith', 'john.smith@acme.example', '5035550137')]),
    customer(3, 'Acme, Inc. (old)', { ...imported, status: 'inactive', phone: '(503) 555 0137 ext. 4' }, [who('J.', 'Smith', 'jsmith@acme.example')]),
    customer(4, 'Globex Corporation', { ...imported, phone: '+44 20 7946 0958' }, [who('Hank', 'Scorpio', 'hank@globex.example', '+44 20 7946 0958')]),
    customer(5, 'Globex Corp.', { ...imported, status: 'inactive', phone: '020-7946-0958' }, [who('Hank', 'Scorpio', 'HANK@GLOBEX.EXAMPLE', '020-7946-0958')]),
    customer(6, 'Kobayashi Foods', { ...imported, currency_id: '3', language_code: 'ja', phone: '03-5555-0104' }, [
      who('Hiro', 'Kobayashi', 'hiro@kobayashi-foods.example', '03-5555-0104'),
    ]),
    customer(7, 'Kobayashi Foods Co., Ltd.', { ...imported, currency_id: '3', language_code: 'ja', phone: '０３５５５５０１０４' }, [
      who('Hiro', 'Kobayashi', 'hiro@kobayashi-foods.example', '０３５５５５０１０４'),
    ]),
    customer(8, 'Initech', { ...imported, phone: 'tel: 512 555 0199' }, [who('Bill', 'Lumbergh', 'bill@initech.example', 'tel: 512 555 0199')]),
    customer(9, 'Initech LLC', { ...imported, status: 'inactive', phone: '+1 (512) 555-0199' }, [who('Bill', 'Lumbergh', 'bill@initech.example')]),
    customer(10, 'Umbrella Supplies', { ...imported, phone: '555-0123 / 555-0124' }, [
      who('Alice', 'Abernathy', 'alice@umbrella.example', '555-0123 / 555-0124'),
    ]),
    customer(11, 'Stark Hardware', { ...imported, phone: '+1 212 555 0100', email: '' }, []),
    customer(12, 'stark hardware', { ...imported, phone: '12125550100' }, [who('Pepper', 'Potts', 'pepper@stark-hardware.example', '12125550100')]),
  ];
  const comments = c.map((x, i) => created(i + 1, x, 'Ben Carter', 'Contact created.'));
  write(
    'after-a-messy-import',
    'After a messy import: twelve customers from one CSV, with near-duplicate names (ACME Inc / Acme Inc., stark hardware), phones in every format, and inactive duplicates of active customers.',
    { contacts: c, comments },
  );
}
