/** Contact persons of a customer (they live inside it: every change is a write of the customer). */
import { MAX_BODY_BYTES, MAX_CONTACT_PERSONS } from '../limits';
import {
  contactPathSchema,
  contactPersonFieldsSchema,
  contactPersonPathSchema,
  contactPersonResponse,
  contactPersonsResponse,
  newContactPersonSchema,
} from '../schemas';
import { examplePerson, exampleSecondPerson } from './examples';
import type { Endpoint } from './types';

const path = contactPersonPathSchema;
const written = { contact_person: exampleSecondPerson, contact_persons: [examplePerson, exampleSecondPerson] };
const portalRule = 'Losing the last email address while the portal is enabled is refused (3005).';

export const contactPersonEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/contacts/{contact_id}/contactpersons',
    operationId: 'listContactPersons',
    tag: 'Contact persons',
    summary: "A customer's contact persons",
    params: { path: contactPathSchema },
    response: { status: 200, message: 'success', payload: contactPersonsResponse, example: { contact_persons: [examplePerson, exampleSecondPerson] } },
    errors: ['notFound'],
  },
  {
    method: 'post',
    path: '/contacts/contactpersons',
    operationId: 'createContactPerson',
    tag: 'Contact persons',
    summary: 'Add a contact person',
    description: `To the customer \`contact_id\`; at most ${MAX_CONTACT_PERSONS} per customer (1001 beyond). A person marked primary takes over from the previous one.`,
    body: {
      schema: newContactPersonSchema,
      forms: 'zoho',
      maxBytes: MAX_BODY_BYTES,
      example: { contact_id: '12', salutation: 'Mr.', first_name: 'Kenji', last_name: 'Mori', email: 'kenji@kobayashi-foods.example', designation: 'Buyer' },
    },
    response: { status: 201, message: 'The contactperson has been added.', payload: contactPersonResponse, example: written },
    errors: ['notFound', 'portalNeedsEmail'],
  },
  {
    method: 'put',
    path: '/contacts/contactpersons/{contact_person_id}',
    operationId: 'updateContactPerson',
    tag: 'Contact persons',
    summary: 'Update a contact person',
    description: `Only the fields sent change. ${portalRule}`,
    params: { path },
    body: { schema: contactPersonFieldsSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { designation: 'Head buyer' } },
    response: { status: 200, message: 'The contactperson has been updated.', payload: contactPersonResponse, example: written },
    errors: ['notFound', 'portalNeedsEmail'],
  },
  {
    method: 'delete',
    path: '/contacts/contactpersons/{contact_person_id}',
    operationId: 'deleteContactPerson',
    tag: 'Contact persons',
    summary: 'Delete a contact person',
    description: portalRule,
    params: { path },
    response: { status: 200, message: 'The contactperson has been deleted.', payload: contactPersonsResponse, example: { contact_persons: [examplePerson] } },
    errors: ['notFound', 'portalNeedsEmail'],
  },
  {
    method: 'post',
    path: '/contacts/contactpersons/{contact_person_id}/primary',
    operationId: 'markContactPersonPrimary',
    tag: 'Contact persons',
    summary: 'Make a contact person the primary one',
    description: "No body. The customer's email, phone and mobile mirror the primary person's.",
    params: { path },
    response: {
      status: 200,
      message: 'The contactperson has been marked as primary.',
      payload: contactPersonResponse,
      example: {
        contact_person: { ...exampleSecondPerson, is_primary_contact: true },
        contact_persons: [
          { ...examplePerson, is_primary_contact: false },
          { ...exampleSecondPerson, is_primary_contact: true },
        ],
      },
    },
    errors: ['notFound'],
  },
];
