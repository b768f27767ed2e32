/**
 * The write endpoints of the mock, as the fuzz harness drives them: path and body generators,
 * the 2xx body schema, what to read back after an accepted write, and runs per property.
 */
import fc from 'fast-check';
import { z } from 'zod/mini';
import {
  bulkResultSchema,
  contactPersonSchema,
  contactSchema,
  idSchema,
  importResultSchema,
  importSummarySchema,
  invoiceSchema,
  mockStateSchema,
  outboxEmailSchema,
  paymentSchema,
  preferencesSchema,
  reminderSettingsSchema,
  templateSchema,
  upcomingReminderSchema,
} from '../../src/api/schemas';
import { bodies, junk, multipart, pathId, rawBody } from './arbitraries';
import type { Endpoint } from './harness';
import { reads } from './invariants';
import * as shape from './shapes';

const one = z.object({ contact: contactSchema });
const persons = z.array(contactPersonSchema);
const onePerson = z.object({ contact_person: contactPersonSchema, contact_persons: persons });
const reminderList = z.object({ reminders: reminderSettingsSchema });
const preferencesBody = z.object({ preferences: preferencesSchema });
const actions = ['active', 'inactive', 'portal/enable', 'portal/disable', 'paymentreminder/enable', 'paymentreminder/disable'];
/** Bodies of calls that take none: nothing, junk, or bad JSON (all must be ignored or refused cleanly). */
const ignoredBody = fc.option(fc.oneof(junk, rawBody), { nil: undefined });
const personPath = (suffix = '') => pathId('person').map((pid) => `/contacts/contactpersons/${pid}${suffix}`);

/** Create, update, delete, the one-click actions, clone. */
export const customerEndpoints: Endpoint[] = [
  {
    name: 'POST /contacts',
    method: 'POST',
    path: fc.constant('/contacts'),
    body: bodies(shape.contactCreate, (huge) => fc.constant({ contact_name: 'Huge', notes: huge })),
    success: one,
    reads: ['lists', 'detail'],
    runs: 150,
  },
  {
    name: 'PUT /contacts/{id}',
    method: 'PUT',
    path: pathId('contact').map((id) => `/contacts/${id}`),
    body: bodies(shape.contactUpdate, (huge) => fc.constant({ notes: huge })),
    success: one,
    reads: ['lists', 'detail'],
    runs: 150,
  },
  {
    name: 'DELETE /contacts/{id}',
    method: 'DELETE',
    path: pathId('contact').map((id) => `/contacts/${id}`),
    body: ignoredBody,
    success: z.object({ contact_id: idSchema }),
    reads: ['lists'],
    runs: 50,
  },
  {
    name: 'POST /contacts/{id}/<action>',
    method: 'POST',
    path: fc.tuple(pathId('contact'), fc.constantFrom(...actions)).map(([id, a]) => `/contacts/${id}/${a}`),
    body: ignoredBody,
    success: one,
    reads: ['lists', 'detail'],
    runs: 60,
  },
  {
    name: 'POST /contacts/{id}/clone',
    method: 'POST',
    path: pathId('contact').map((id) => `/contacts/${id}/clone`),
    body: bodies(shape.clone, (huge) => fc.constant({ contact_name: huge, currency_id: '1' })),
    success: one,
    reads: ['lists', 'detail'],
    runs: 100,
  },
];

/** Contact persons, and the multi-record writes (merge, bulk, import). */
export const extEndpoints: Endpoint[] = [
  {
    name: 'POST /contacts/contactpersons',
    method: 'POST',
    path: fc.constant('/contacts/contactpersons'),
    body: bodies(shape.personCreate, (huge) => fc.constant({ contact_id: '2', first_name: huge })),
    success: onePerson,
    reads: ['lists', 'detail', 'persons'],
    runs: 100,
  },
  {
    name: 'PUT /contacts/contactpersons/{pid}',
    method: 'PUT',
    path: personPath(),
    body: bodies(shape.personUpdate, (huge) => fc.constant({ department: huge })),
    success: onePerson,
    reads: ['lists', 'detail', 'persons'],
    runs: 100,
  },
  {
    name: 'DELETE /contacts/contactpersons/{pid}',
    method: 'DELETE',
    path: personPath(),
    body: ignoredBody,
    success: z.object({ contact_persons: persons }),
    reads: ['lists', 'detail', 'persons'],
    runs: 40,
  },
  {
    name: 'POST /contacts/contactpersons/{pid}/primary',
    method: 'POST',
    path: personPath('/primary'),
    body: ignoredBody,
    success: onePerson,
    reads: ['lists', 'detail', 'persons'],
    runs: 40,
  },
  {
    name: 'POST /contacts/merge',
    method: 'POST',
    path: fc.constant('/contacts/merge'),
    body: bodies(shape.merge),
    success: z.object({ contact: contactSchema }),
    reads: ['lists', 'detail', 'ledger', 'mail'],
    runs: 80,
  },
  {
    name: 'POST /contacts/bulk',
    method: 'POST',
    path: fc.constant('/contacts/bulk'),
    body: bodies(shape.bulk, (huge) => fc.constant({ action: 'update', field: 'pricebook_id', value: huge, contact_ids: ['1'] })),
    success: z.object({ results: z.array(bulkResultSchema) }),
    reads: ['lists', 'detail'],
    runs: 120,
  },
  {
    name: 'POST /contacts/import',
    method: 'POST',
    path: fc.constant('/contacts/import'),
    body: bodies(shape.importBody),
    success: z.object({ results: z.array(importResultSchema), summary: importSummarySchema }),
    reads: ['lists', 'detail'],
    runs: 100,
  },
];

/** Invoices, payments and the two mail endpoints. */
export const moneyEndpoints: Endpoint[] = [
  {
    name: 'POST /invoices',
    method: 'POST',
    path: fc.constant('/invoices'),
    body: bodies(shape.invoice, (huge) => fc.constant({ customer_id: '2', line_items: [{ name: huge, rate: 1, quantity: 1 }] })),
    success: z.object({ invoice: invoiceSchema }),
    reads: ['lists', 'ledger'],
    runs: 100,
  },
  {
    name: 'POST /customerpayments',
    method: 'POST',
    path: fc.constant('/customerpayments'),
    body: bodies(shape.payment, (huge) => fc.constant({ customer_id: '2', amount: 1, date: huge })),
    success: z.object({ payment: paymentSchema }),
    reads: ['lists', 'ledger'],
    runs: 100,
  },
  {
    name: 'POST /contacts/{id}/email',
    method: 'POST',
    path: pathId('mailable').map((id) => `/contacts/${id}/email`),
    body: fc.oneof({ weight: 4, arbitrary: bodies(shape.emailBody) }, { weight: 1, arbitrary: multipart(shape.emailBody) }),
    success: z.object({ email: outboxEmailSchema }),
    reads: ['detail', 'mail'],
    runs: 100,
  },
  {
    name: 'POST /contacts/{id}/statements/email',
    method: 'POST',
    path: pathId('mailable').map((id) => `/contacts/${id}/statements/email`),
    body: fc.oneof({ weight: 4, arbitrary: bodies(shape.emailBody) }, { weight: 1, arbitrary: multipart(shape.emailBody) }),
    success: z.object({}),
    reads: ['detail', 'mail'],
    runs: 60,
  },
];

/** Org settings and templates. */
export const settingsEndpoints: Endpoint[] = [
  {
    name: 'PUT /settings/reminders',
    method: 'PUT',
    path: fc.constant('/settings/reminders'),
    body: bodies(shape.reminders),
    success: reminderList,
    // Customer 1 has unpaid invoices, so its upcoming reminders follow the new schedule.
    reads: [],
    extraReads: [
      ['/settings/reminders', reminderList],
      ['/contacts/1/reminders', z.object({ reminders: z.array(upcomingReminderSchema) })],
    ],
    runs: 80,
  },
  {
    name: 'PUT /settings/preferences',
    method: 'PUT',
    path: fc.constant('/settings/preferences'),
    body: bodies(shape.preferences, (huge) => fc.constant({ org_address: huge })),
    success: preferencesBody,
    reads: [],
    extraReads: [
      ['/settings/preferences', preferencesBody],
      ['/contacts?per_page=200&filter_by=Status.Duplicate', reads.list],
      ['/contacts/4/statement', reads.statement],
    ],
    runs: 80,
  },
  {
    name: 'POST /templates',
    method: 'POST',
    path: fc.constant('/templates'),
    body: bodies(shape.template, (huge) => fc.constant({ template_name: 'Huge', kind: 'email', document: 'invoice', subject: 's', body: huge })),
    success: z.object({ template: templateSchema }),
    reads: [],
    extraReads: [['/templates', z.object({ templates: z.array(templateSchema) })]],
    runs: 80,
  },
];

/** The /__mock control endpoints: no contract limits; the config is restored after each run. */
export const controlEndpoints: Endpoint[] = [
  {
    name: 'POST /__mock/reset',
    method: 'POST',
    path: fc.constant('/__mock/reset'),
    body: bodies(shape.mockReset),
    success: z.object({ state: mockStateSchema }),
    reads: ['lists'],
    control: true,
    runs: 40,
  },
  {
    name: 'PUT /__mock/config',
    method: 'PUT',
    path: fc.constant('/__mock/config'),
    body: bodies(shape.mockConfig),
    success: z.object({ config: mockStateSchema }),
    reads: [],
    control: true,
    runs: 40,
  },
];
