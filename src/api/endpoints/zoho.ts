/** Zoho's calls beside ours: one person by id, comments written, additional addresses, upsert. */
import { MAX_ADDITIONAL_ADDRESSES, MAX_BODY_BYTES, MAX_COMMENT_LENGTH } from '../limits';
import {
  addressInputSchema,
  addressResponse,
  addressesResponse,
  commentInputSchema,
  commentResponse,
  contactInputSchema,
  contactPathSchema,
  contactPersonPathSchema,
  contactResponse,
  emptyResponse,
  oneContactPersonResponse,
} from '../schemas';
import { z } from 'zod/mini';
import { idSchema } from '../schemas/common';
import { exampleAddress, exampleComment, exampleContact, examplePerson } from './examples';
import type { Endpoint } from './types';

const addressPath = z.object({ contact_id: idSchema, address_id: idSchema });
const personUnderContact = z.object({ contact_id: idSchema, contact_person_id: idSchema });
const exampleAdditional = { ...exampleAddress, address_id: '1' };
const upsertHeaders = z.object({
  'X-Unique-Identifier-Key': z
    .string()
    .check(z.describe('`cf_<api_name>` of a custom field marked `is_unique` (e.g. `cf_customer_code`); another field is 1001.')),
  'X-Unique-Identifier-Value': z.string().check(z.describe('The value that finds the customer.')),
  'X-Upsert': z.optional(z.string().check(z.describe('`true`: create the customer when no one holds the value (201); otherwise that is 404/1002.'))),
});

export const zohoEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/contacts/contactpersons/{contact_person_id}',
    operationId: 'getContactPerson',
    tag: 'Contact persons',
    summary: 'One contact person',
    description: "404/1002 when the person's customer is not one the acting user may see.",
    params: { path: contactPersonPathSchema },
    response: {
      status: 200,
      message: 'success',
      payload: oneContactPersonResponse,
      example: { contact_person: { ...examplePerson, contact_id: exampleContact.contact_id } },
    },
    errors: ['notFound'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}/contactpersons/{contact_person_id}',
    operationId: 'getContactPersonOfContact',
    tag: 'Contact persons',
    summary: 'One contact person of a customer',
    params: { path: personUnderContact },
    response: {
      status: 200,
      message: 'success',
      payload: oneContactPersonResponse,
      example: { contact_person: { ...examplePerson, contact_id: exampleContact.contact_id } },
    },
    errors: ['notFound'],
  },
  {
    method: 'post',
    path: '/contacts/{contact_id}/comments',
    operationId: 'addContactComment',
    tag: 'History',
    summary: 'Add a comment to a customer',
    description: `\`description\` up to ${MAX_COMMENT_LENGTH} characters, multi-line text rules.`,
    params: { path: contactPathSchema },
    body: { schema: commentInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { description: 'Called about the March invoice.' } },
    response: { status: 201, message: 'Comments added.', payload: commentResponse, example: { comment: exampleComment } },
    errors: ['notFound'],
  },
  {
    method: 'get',
    path: '/contacts/{contact_id}/address',
    operationId: 'listContactAddresses',
    tag: 'Contacts',
    summary: "A customer's additional addresses",
    params: { path: contactPathSchema },
    response: { status: 200, message: 'success', payload: addressesResponse, example: { addresses: [exampleAdditional] } },
    errors: ['notFound'],
  },
  {
    method: 'post',
    path: '/contacts/{contact_id}/address',
    operationId: 'addContactAddress',
    tag: 'Contacts',
    summary: 'Add an additional address',
    description: `At most ${MAX_ADDITIONAL_ADDRESSES} per customer (1001 beyond); the billing address's field limits.`,
    params: { path: contactPathSchema },
    body: { schema: addressInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: exampleAddress },
    response: { status: 201, message: 'The address has been created.', payload: addressResponse, example: { address_info: exampleAdditional } },
    errors: ['notFound'],
  },
  {
    method: 'put',
    path: '/contacts/{contact_id}/address/{address_id}',
    operationId: 'updateContactAddress',
    tag: 'Contacts',
    summary: 'Update an additional address',
    description: 'Fields left out keep their values.',
    params: { path: addressPath },
    body: { schema: addressInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { city: 'Osaka' } },
    response: { status: 200, message: 'The address has been updated.', payload: addressResponse, example: { address_info: exampleAdditional } },
    errors: ['notFound'],
  },
  {
    method: 'delete',
    path: '/contacts/{contact_id}/address/{address_id}',
    operationId: 'deleteContactAddress',
    tag: 'Contacts',
    summary: 'Delete an additional address',
    params: { path: addressPath },
    response: { status: 200, message: 'The address has been deleted.', payload: emptyResponse, example: {} },
    errors: ['notFound'],
  },
  {
    method: 'put',
    path: '/contacts',
    operationId: 'upsertContact',
    tag: 'Contacts',
    summary: 'Update (or create) a customer found by a unique custom field',
    description:
      "Zoho's upsert: the headers name a unique custom field and its value; the body is a whole customer as for `PUT /contacts/{contact_id}`. A customer the acting user may not see answers 404.",
    params: { header: upsertHeaders },
    body: { schema: contactInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { contact_name: exampleContact.contact_name } },
    response: {
      status: 200,
      message: 'Contact information has been saved.',
      payload: contactResponse,
      example: { contact: exampleContact },
      also: { status: 201, message: 'The contact has been created' },
    },
    errors: ['notFound', 'duplicateName', 'currencyLocked', 'portalNeedsEmail', 'invalidOwner', 'staleUpdate'],
  },
];
