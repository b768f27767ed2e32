/** Customers: list, create, read, update, delete, the one-click actions, reminders and history. */
import { MAX_BODY_BYTES, MAX_CONTACT_PERSONS, MAX_PER_PAGE } from '../limits';
import {
  commentListQuerySchema,
  commentsResponse,
  contactDeletedResponse,
  contactInputSchema,
  contactListQuerySchema,
  contactListResponse,
  contactPathSchema,
  contactResponse,
  ifMatchHeaderSchema,
  listTextFilterFields,
  listTextFilterModes,
  remindersResponse,
  type ListTextFilterField,
} from '../schemas';
import { exampleAddress, exampleComment, exampleContact, exampleOtherSummary, exampleReminder, exampleSummary } from './examples';
import type { Endpoint, JsonResponse } from './types';

const path = contactPathSchema;
const etag = { ETag: { description: 'The version of the customer answered, for `If-Match` on the next `PUT /contacts/{contact_id}`.' } };
const oneContact = (status: 200 | 201, message: string): JsonResponse => ({
  status,
  message,
  payload: contactResponse,
  example: { contact: exampleContact },
  headers: etag,
});

const contactBody = {
  contact_name: 'Kobayashi Foods',
  company_name: 'Kobayashi Foods K.K.',
  customer_sub_type: 'business',
  email: 'hana@kobayashi-foods.example',
  currency_id: '3',
  payment_terms: 30,
  billing_address: exampleAddress,
  contact_persons: [{ first_name: 'Hana', last_name: 'Kobayashi', email: 'hana@kobayashi-foods.example', is_primary_contact: true }],
};

const contactWrite = `Texts follow the contract's text rules (display name ≤ 200 characters, at most ${MAX_CONTACT_PERSONS} contact persons, exactly one of them primary). Owners: only admins change them; a "Staff (Assigned Customers Only)" user's new customers are their own.`;

/** GET /contacts: what its Zoho parameters do beyond their schemas. */
function listNotes(): Record<string, string> {
  const notes: Record<string, string> = {
    per_page: `At most ${MAX_PER_PAGE}: more is clamped to ${MAX_PER_PAGE}, as Zoho does (\`page_context.per_page\` says what was used).`,
    search_text:
      "Every word must occur in the display name, company name, email, phones (also as digits only) or a contact person's name, email or phones; case- and width-insensitive.",
    contact_type: '`customer`: every customer; `vendor`: none (this module has no vendors).',
    status: 'On top of the view (`filter_by`).',
  };
  const what: Record<ListTextFilterField, string> = {
    contact_name: 'the display name',
    company_name: 'the company name',
    first_name: "the primary contact person's first name",
    last_name: "the primary contact person's last name",
    email: 'the email',
    phone: 'the phone or mobile (digits only when the value has digits)',
    address: 'any line of the billing or shipping address',
  };
  const how: Record<keyof typeof listTextFilterModes, string> = { '': 'equals', _startswith: 'starts with', _contains: 'contains' };
  for (const field of listTextFilterFields) {
    for (const suffix of Object.keys(listTextFilterModes) as (keyof typeof listTextFilterModes)[]) {
      notes[`${field}${suffix}`] = `Zoho's filter: ${what[field]} ${how[suffix]} this (case- and width-insensitive).`;
    }
  }
  return notes;
}

/** POST /contacts/{id}/<action>: nothing changes (and no history is written) when already so. */
function action(p: string, operationId: string, summary: string, message: string, errors: Endpoint['errors'] = []): Endpoint {
  return {
    method: 'post',
    path: `/contacts/{contact_id}/${p}`,
    operationId,
    tag: 'Contact actions',
    summary,
    description: 'No body. Repeating the action changes nothing and writes no history.',
    params: { path },
    response: oneContact(200, message),
    errors: ['notFound', ...errors],
  };
}

export const contactEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/contacts',
    operationId: 'listContacts',
    tag: 'Contacts',
    summary: 'List customers',
    description: 'A page of summary rows, filtered, searched and sorted by the API. A "Staff (Assigned Customers Only)" user sees only their own customers.',
    params: { query: contactListQuerySchema, notes: listNotes() },
    response: {
      status: 200,
      message: 'success',
      payload: contactListResponse,
      example: {
        contacts: [exampleSummary, exampleOtherSummary],
        page_context: {
          page: 1,
          per_page: 25,
          has_more_page: false,
          total: 2,
          applied_filter: 'Status.All',
          sort_column: 'contact_name',
          sort_order: 'A',
          search_text: 'kobayashi',
        },
      },
    },
    errors: ['invalid'],
  },
  {
    method: 'post',
    path: '/contacts',
    operationId: 'createContact',
    tag: 'Contacts',
    summary: 'Create a customer',
    description: contactWrite,
    body: { schema: contactInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: contactBody },
    response: oneContact(201, 'The contact has been created'),
    errors: ['duplicateName', 'portalNeedsEmail', 'invalidOwner'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}',
    operationId: 'getContact',
    tag: 'Contacts',
    summary: 'Get a customer',
    description: 'With persons, addresses, custom fields and templates, and its `ETag`.',
    params: { path },
    response: oneContact(200, 'success'),
    errors: ['notFound'],
  },
  {
    method: 'put',
    path: '/contacts/{contact_id}',
    operationId: 'updateContact',
    tag: 'Contacts',
    summary: 'Update a customer',
    description: `${contactWrite} Persons left out are deleted. Send \`last_modified_time\` (compared by instant) or \`If-Match\` to get 409/3010 on a stale write.`,
    params: { path, header: ifMatchHeaderSchema },
    body: {
      schema: contactInputSchema,
      forms: 'zoho',
      maxBytes: MAX_BODY_BYTES,
      example: { ...contactBody, last_modified_time: exampleContact.last_modified_time },
    },
    response: oneContact(200, 'Contact information has been saved.'),
    errors: ['notFound', 'duplicateName', 'currencyLocked', 'portalNeedsEmail', 'invalidOwner', 'staleUpdate'],
  },
  {
    method: 'delete',
    path: '/contacts/{contact_id}',
    operationId: 'deleteContact',
    tag: 'Contacts',
    summary: 'Delete a customer',
    description: 'Admins only. Refused while the customer has transactions (3002) or others are merged into it (3009).',
    params: { path },
    response: { status: 200, message: 'The contact has been deleted.', payload: contactDeletedResponse, example: { contact_id: '12' } },
    errors: ['notFound', 'hasTransactions', 'masterHasMerged'],
  },
  action('active', 'markContactActive', 'Mark a customer as active', 'The contact has been marked as active.'),
  action('inactive', 'markContactInactive', 'Mark a customer as inactive', 'The contact has been marked as inactive.'),
  action('portal/enable', 'enableContactPortal', 'Enable client portal access', 'Client Portal preferences have been updated', ['portalNeedsEmail', 'invalid']),
  action('portal/disable', 'disableContactPortal', 'Disable client portal access', 'Client Portal preferences have been updated'),
  action(
    'paymentreminder/enable',
    'enableContactPaymentReminders',
    'Enable payment reminders',
    'All reminders associated with this contact have been enabled.',
  ),
  action(
    'paymentreminder/disable',
    'disableContactPaymentReminders',
    'Stop payment reminders',
    'All reminders associated with this contact have been stopped.',
  ),
  {
    method: 'get',
    path: '/contacts/{contact_id}/reminders',
    operationId: 'listContactReminders',
    tag: 'Contact actions',
    summary: 'Upcoming payment reminders',
    description: "The org's schedule applied to the customer's unpaid invoices; empty when reminders are stopped.",
    ext: true,
    params: { path },
    response: { status: 200, message: 'success', payload: remindersResponse, example: { reminders: [exampleReminder] } },
    errors: ['notFound'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}/comments',
    operationId: 'listContactComments',
    tag: 'History',
    summary: "A customer's history",
    description:
      'Every action on the customer, newest first, 200 a page unless `per_page` says fewer. An entry a write made lists `changes` (*ext*): each field with its label and its value before and after.',
    params: { path, query: commentListQuerySchema },
    response: { status: 200, message: 'success', payload: commentsResponse, example: { contact_comments: [exampleComment] } },
    errors: ['notFound', 'invalid'],
  },
];
