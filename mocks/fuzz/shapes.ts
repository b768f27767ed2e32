/**
 * Valid request bodies, endpoint by endpoint (the harness mutates them): fields drawn mostly
 * from plausible values, sometimes from the edge values, so a run gets past the type checks
 * and exercises the rules and the success path.
 */
import fc from 'fast-check';
import { bulkActions, bulkFields, listViews, pdfLayouts, templateDocuments } from '../../src/api/schemas';
import { edgeNumber, edgeString, longString, nameWithTrap, ref, trapString, type Json } from './arbitraries';

const word = fc.constantFrom('Acme', 'Globex', 'Initech', 'Sakura', 'Umbrella', 'Stark', 'Wayne', 'さくら', 'ＡＣＭＥ', 'Müller', 'O’Brien', '@Home');
/** A display name, usually new (a counter suffix), sometimes an existing one or a hostile one. */
export const displayName: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(word, fc.nat(99999)).map(([w, n]) => `${w} ${n}`) },
  { weight: 2, arbitrary: nameWithTrap },
  { weight: 1, arbitrary: ref('name') },
  { weight: 1, arbitrary: ref('name').map((n) => `${n}\u200B`) },
  { weight: 1, arbitrary: edgeString },
);
/** Text for a free field: mostly plain, sometimes hostile. */
const text = (plain: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 30, arbitrary: plain }, { weight: 1, arbitrary: trapString }, { weight: 1, arbitrary: longString });
const plainText = fc.string({ unit: 'grapheme-ascii', maxLength: 20 });
const rare = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: odd });
const email = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(fc.constantFrom('ann', 'bob', 'x.y', 'k+tag'), fc.nat(999)).map(([u, n]) => `${u}${n}@example.com`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'not-an-email', 'a@b', 'ÄÖ@例え.jp', 'a@example.com\n', '"q"@example.com') },
);
const phone = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('', '+1 503-555-0137', '03-1234-5678', '０３−１２３４') },
  { weight: 1, arbitrary: text(plainText) },
);
const id = (max: number) => fc.integer({ min: 1, max }).map(String);
const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 5000 }) },
  { weight: 1, arbitrary: edgeNumber },
);
const date = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.UTC(2026, 5, 15 + d)).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-29', '2024-02-29', '0000-01-01', '9999-12-31', '2026-13-01', '2026-6-1', '') },
);

const address = fc.record(
  {
    attention: text(plainText),
    address: text(plainText),
    street2: text(plainText),
    city: text(plainText),
    state: text(plainText),
    zip: text(plainText),
    country: text(plainText),
    phone,
    fax: phone,
  },
  { requiredKeys: [] },
);

export const personFields = {
  salutation: fc.constantFrom('', 'Mr.', 'Ms.', 'Dr.', '様'),
  first_name: text(word),
  last_name: text(word),
  email,
  phone,
  mobile: phone,
  designation: text(plainText),
  department: text(plainText),
  is_primary_contact: fc.boolean(),
};
const person = fc.record(personFields, { requiredKeys: ['first_name'] });

/** A persons list with exactly one primary (what the schema wants), rarely more than 50. */
const persons: fc.Arbitrary<Json> = fc
  .oneof({ weight: 30, arbitrary: fc.array(person, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(person, { minLength: 51, maxLength: 55 }) })
  .map((list) => list.map((p, i) => ({ ...p, is_primary_contact: i === 0 })));

const customField = fc.oneof(
  { weight: 3, arbitrary: fc.record({ customfield_id: fc.constant('1'), value: text(plainText) }) },
  { weight: 3, arbitrary: fc.record({ customfield_id: fc.constant('2'), value: rare(fc.constantFrom('Kanto', 'Europe', ''), fc.constant('Mars')) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      customfield_id: fc.constant('3'),
      value: rare(fc.integer({ min: 0, max: 1e6 }), fc.oneof(edgeNumber, fc.constantFrom('1,500', 'abc', ''))),
    }),
  },
  { weight: 3, arbitrary: fc.record({ customfield_id: fc.constant('4'), value: date }) },
  { weight: 1, arbitrary: fc.record({ customfield_id: fc.constantFrom('0', '5', '999'), value: fc.constant('x') }) },
);

const contactModel = {
  contact_name: displayName,
  company_name: text(word),
  customer_sub_type: fc.constantFrom('business', 'individual'),
  salutation: personFields.salutation,
  first_name: personFields.first_name,
  last_name: personFields.last_name,
  email,
  phone,
  mobile: phone,
  website: rare(fc.constantFrom('', 'https://acme.example'), fc.constant('javascript:alert(1)')),
  language_code: rare(fc.constantFrom('en', 'ja'), fc.constantFrom('fr', '', 'x'.repeat(11))),
  currency_id: rare(id(4), fc.constant('9')),
  payment_terms: rare(fc.constantFrom(0, 15, 30, 45, 60), fc.constantFrom(7, 999, 1000, -1, 1.5)),
  pricebook_id: rare(fc.constantFrom('', '1', '2', '3'), fc.constant('7')),
  owner_id: rare(fc.constantFrom(null, '', '3', '4'), fc.constantFrom('1', '2', '5', '99')),
  is_portal_enabled: rare(fc.constant(false), fc.constant(true)),
  payment_reminder_enabled: fc.boolean(),
  notes: text(plainText),
  billing_address: address,
  shipping_address: address,
  contact_persons: persons,
  custom_fields: fc.array(customField, { maxLength: 3 }),
  default_templates: fc.record(
    {
      invoice_template_id: rare(fc.constantFrom('', '4', '5'), fc.constantFrom('1', '99')),
      statement_template_id: rare(fc.constantFrom('', '1', '2', '3'), fc.constant('7')),
    },
    { requiredKeys: [] },
  ),
};

/** POST /contacts: a name and any subset of the rest (also rows of an import). */
export const contactCreate = fc.record(contactModel, { requiredKeys: ['contact_name'] }) as fc.Arbitrary<Json>;

/** PUT /contacts/{id}: the name (required) and any subset, often with the record's last_modified_time in some form. */
/** An update changes the owner or the currency now and then (each has its own refusals: 403/3007, 3004). */
const { owner_id: _owner, currency_id: _currency, ...updateModel } = contactModel;
export const contactUpdate = fc
  .tuple(
    fc.record(updateModel, { requiredKeys: ['contact_name'] }),
    fc.option(fc.record({ owner_id: contactModel.owner_id }), { nil: undefined, freq: 4 }),
    fc.option(fc.record({ currency_id: contactModel.currency_id }), { nil: undefined, freq: 4 }),
    fc.option(
      fc.oneof(
        { weight: 6, arbitrary: ref('lmt') },
        { weight: 1, arbitrary: ref('lmt-z') },
        { weight: 1, arbitrary: ref('lmt-offset') },
        { weight: 1, arbitrary: fc.constantFrom('2020-01-01T00:00:00Z', 'yesterday', '', '2026-06-15') },
      ),
      { nil: undefined, freq: 2 },
    ),
  )
  .map(([c, owner, currency, lmt]) => ({ ...c, ...owner, ...currency, ...(lmt === undefined ? {} : { last_modified_time: lmt }) })) as fc.Arbitrary<Json>;

export const personCreate = fc.record({ contact_id: ref('contact'), ...personFields }, { requiredKeys: ['contact_id'] }) as fc.Arbitrary<Json>;
export const personUpdate = fc.record(personFields, { requiredKeys: [] }) as fc.Arbitrary<Json>;

export const clone = fc.record(
  { contact_name: displayName, currency_id: rare(id(4), fc.constant('9')), enable_portal: rare(fc.constant(false), fc.constant(true)) },
  { requiredKeys: ['contact_name', 'currency_id'] },
) as fc.Arbitrary<Json>;

const mergeable = rare(ref('usd'), ref('active'));
export const merge = fc.record({
  master_contact_id: mergeable,
  contact_ids: fc.uniqueArray(mergeable, { minLength: 1, maxLength: 3 }),
}) as fc.Arbitrary<Json>;

const manyIds = fc.constantFrom(10_000, 10_001).map((n) => Array.from({ length: n }, (_, i) => String((i % 40) + 1)));
export const bulk = fc.record(
  {
    action: fc.constantFrom(...bulkActions),
    contact_ids: fc.oneof({ weight: 30, arbitrary: fc.array(ref('contact'), { minLength: 1, maxLength: 5 }) }, { weight: 1, arbitrary: manyIds }),
    select_all: fc.record(
      { filter_by: fc.constantFrom(...listViews), search_text: fc.oneof(fc.constantFrom('', 'acme', 'inc'), trapString) },
      { requiredKeys: [] },
    ),
    owner_id: fc.constantFrom(null, '', '2', '3', '4', '5', '99'),
    field: fc.constantFrom(...bulkFields),
    customfield_id: fc.constantFrom('1', '2', '3', '4', '9'),
    value: fc.oneof(fc.constantFrom('1', '2', '3', '30', 'Kanto', '', null), edgeNumber, trapString),
  },
  { requiredKeys: ['action'] },
) as fc.Arbitrary<Json>;

export const importBody = fc.record(
  {
    rows: fc.array(contactCreate, { minLength: 1, maxLength: 4 }),
    on_duplicate: fc.constantFrom('skip', 'overwrite'),
    skip_invalid: fc.boolean(),
  },
  { requiredKeys: ['rows'] },
) as fc.Arbitrary<Json>;

const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('application/pdf', 'text/plain', 'image/png', 'text/csv', 'text/plain; charset=utf-8') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('text/html', 'image/svg+xml', 'text/plain\r\nX-Evil: 1', 'a', '/', 'text/', '', 'ｔｅｘｔ/plain', 'text/plain\u0000'),
  },
);
const attachment = fc.record({
  file_name: fc.oneof(fc.constantFrom('a.pdf', 'statement 2026.pdf', '請求書.pdf', '../../etc/passwd', 'a"b.txt'), trapString),
  content_type: contentType,
  content_base64: fc.oneof(
    fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
    fc.constantFrom('', '====', 'not base64!', 'data:text/plain;base64,aGk='),
  ),
});
export const emailBody = fc.record(
  {
    to_mail_ids: fc.array(ref('email'), { minLength: 1, maxLength: 2 }),
    cc_mail_ids: fc.array(rare(ref('email'), email), { maxLength: 2 }),
    subject: text(plainText.filter((s) => s.trim() !== '')),
    body: text(plainText.filter((s) => s.trim() !== '')),
    attachments: fc.array(attachment, { maxLength: 2 }),
  },
  { requiredKeys: ['to_mail_ids', 'subject', 'body'] },
) as fc.Arbitrary<Json>;

const lineItem = fc.record({
  name: text(word),
  rate: money,
  quantity: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 1, arbitrary: edgeNumber }),
});
export const invoice = fc
  .tuple(
    fc.record(
      { customer_id: ref('active'), date, line_items: fc.array(lineItem, { minLength: 1, maxLength: 3 }) },
      { requiredKeys: ['customer_id', 'line_items'] },
    ),
    fc.option(rare(fc.integer({ min: 0, max: 90 }), fc.integer({ min: -30, max: -1 })), { nil: undefined }),
  )
  .map(([inv, dueIn]) => {
    const from = typeof inv.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(inv.date) ? inv.date : '2026-06-15';
    if (dueIn === undefined || Number.isNaN(Date.parse(from))) return inv;
    return { ...inv, due_date: new Date(Date.parse(from) + dueIn * 86_400_000).toISOString().slice(0, 10) };
  }) as fc.Arbitrary<Json>;

export const payment = fc.record(
  { customer_id: ref('active'), amount: money, date, invoices: fc.array(fc.record({ invoice_id: ref('invoice'), amount_applied: money }), { maxLength: 2 }) },
  { requiredKeys: ['customer_id', 'amount'] },
) as fc.Arbitrary<Json>;

const reminderRules = fc.uniqueArray(fc.record({ days_after_due: fc.integer({ min: -365, max: 365 }), enabled: fc.boolean() }), {
  maxLength: 4,
  selector: (r) => r.days_after_due,
});
export const reminders = fc.oneof(
  reminderRules.map((r) => ({ reminders: r })),
  reminderRules,
) as fc.Arbitrary<Json>;

export const preferences = fc.record(
  { allow_duplicate_contact_names: fc.boolean(), org_name: text(word), org_address: text(plainText), base_currency_id: rare(id(4), fc.constant('9')) },
  { requiredKeys: [] },
) as fc.Arbitrary<Json>;

export const template = fc.oneof(
  fc.record(
    {
      template_name: text(word),
      kind: fc.constant('pdf'),
      document: fc.constantFrom(...templateDocuments),
      layout: fc.constantFrom(...pdfLayouts),
      accent_color: fc.constantFrom('#112233', 'red', ''),
    },
    { requiredKeys: ['template_name', 'kind', 'document'] },
  ),
  fc.record(
    { template_name: text(word), kind: fc.constant('email'), document: fc.constantFrom(...templateDocuments), subject: text(plainText), body: text(plainText) },
    { requiredKeys: ['template_name', 'kind', 'document'] },
  ),
) as fc.Arbitrary<Json>;

export const mockReset = fc.record(
  { scenario: fc.constantFrom('empty', 'demo', 'japanese', 'large', 'snapshot'), size: fc.integer({ min: 1, max: 60 }), seed: fc.integer() },
  { requiredKeys: [] },
) as fc.Arbitrary<Json>;

export const mockConfig = fc.record(
  { latency_ms: fc.constantFrom(0, 1, 60_000, 60_001), error_rate: fc.constantFrom(0, 0.5, 1, 1.5), acting_user_id: fc.constantFrom('1', '3', '5', '99', '') },
  { requiredKeys: [] },
) as fc.Arbitrary<Json>;
