/**
 * Fuzz: the customer writes (create, update, delete, the one-click actions, clone). See
 * harness.ts for what each run checks and known-holes.ts for what is tolerated for now.
 */
import fc from 'fast-check';
import { z } from 'zod/mini';
import { contactSchema, idSchema } from '../../src/api/schemas';
import { actingUser, bodies, junk, pathId, rawBody } from './arbitraries';
import { fuzz } from './harness';
import { clone, contactCreate, contactUpdate } from './shapes';

const one = z.object({ contact: contactSchema });
const actions = ['active', 'inactive', 'portal/enable', 'portal/disable', 'paymentreminder/enable', 'paymentreminder/disable'];
/** Bodies of calls that take none: nothing, junk, or bad JSON (all must be ignored or refused cleanly). */
const ignoredBody = fc.option(fc.oneof(junk, rawBody), { nil: undefined });

fuzz(
  'fuzz: customers',
  [
    {
      name: 'POST /contacts',
      method: 'POST',
      path: fc.constant('/contacts'),
      body: bodies(contactCreate, (huge) => fc.constant({ contact_name: 'Huge', notes: huge })),
      success: one,
      reads: ['lists', 'detail'],
      runs: 200,
    },
    {
      name: 'PUT /contacts/{id}',
      method: 'PUT',
      path: pathId('contact').map((id) => `/contacts/${id}`),
      body: bodies(contactUpdate, (huge) => fc.constant({ notes: huge })),
      success: one,
      reads: ['lists', 'detail'],
      runs: 200,
    },
    {
      name: 'DELETE /contacts/{id}',
      method: 'DELETE',
      path: pathId('contact').map((id) => `/contacts/${id}`),
      body: ignoredBody,
      success: z.object({ contact_id: idSchema }),
      reads: ['lists'],
      runs: 60,
    },
    {
      name: 'POST /contacts/{id}/<action>',
      method: 'POST',
      path: fc.tuple(pathId('contact'), fc.constantFrom(...actions)).map(([id, a]) => `/contacts/${id}/${a}`),
      body: ignoredBody,
      success: one,
      reads: ['lists', 'detail'],
      runs: 80,
    },
    {
      name: 'POST /contacts/{id}/clone',
      method: 'POST',
      path: pathId('contact').map((id) => `/contacts/${id}/clone`),
      body: bodies(clone, (huge) => fc.constant({ contact_name: huge, currency_id: '1' })),
      success: one,
      reads: ['lists', 'detail'],
      runs: 120,
    },
  ],
  actingUser,
);
