/**
 * Fuzz: contact persons, and the multi-record customer writes (merge, bulk, import). See
 * harness.ts for what each run checks and known-holes.ts for what is tolerated for now.
 */
import fc from 'fast-check';
import { z } from 'zod/mini';
import { bulkResultSchema, contactPersonSchema, contactSchema, importResultSchema, importSummarySchema } from '../../src/api/schemas';
import { actingUser, bodies, junk, pathId, rawBody } from './arbitraries';
import { fuzz } from './harness';
import { bulk, importBody, merge, personCreate, personUpdate } from './shapes';

const persons = z.array(contactPersonSchema);
const onePerson = z.object({ contact_person: contactPersonSchema, contact_persons: persons });
const ignoredBody = fc.option(fc.oneof(junk, rawBody), { nil: undefined });
const personPath = (suffix = '') => pathId('person').map((pid) => `/contacts/contactpersons/${pid}${suffix}`);

fuzz(
  'fuzz: contact persons, merge, bulk, import',
  [
    {
      name: 'POST /contacts/contactpersons',
      method: 'POST',
      path: fc.constant('/contacts/contactpersons'),
      body: bodies(personCreate, (huge) => fc.constant({ contact_id: '2', first_name: huge })),
      success: onePerson,
      reads: ['lists', 'detail', 'persons'],
      runs: 120,
    },
    {
      name: 'PUT /contacts/contactpersons/{pid}',
      method: 'PUT',
      path: personPath(),
      body: bodies(personUpdate, (huge) => fc.constant({ department: huge })),
      success: onePerson,
      reads: ['lists', 'detail', 'persons'],
      runs: 120,
    },
    {
      name: 'DELETE /contacts/contactpersons/{pid}',
      method: 'DELETE',
      path: personPath(),
      body: ignoredBody,
      success: z.object({ contact_persons: persons }),
      reads: ['lists', 'detail', 'persons'],
      runs: 50,
    },
    {
      name: 'POST /contacts/contactpersons/{pid}/primary',
      method: 'POST',
      path: personPath('/primary'),
      body: ignoredBody,
      success: onePerson,
      reads: ['lists', 'detail', 'persons'],
      runs: 50,
    },
    {
      name: 'POST /contacts/merge',
      method: 'POST',
      path: fc.constant('/contacts/merge'),
      body: bodies(merge),
      success: z.object({ contact: contactSchema }),
      reads: ['lists', 'detail', 'ledger', 'mail'],
      runs: 100,
    },
    {
      name: 'POST /contacts/bulk',
      method: 'POST',
      path: fc.constant('/contacts/bulk'),
      body: bodies(bulk, (huge) => fc.constant({ action: 'update', field: 'pricebook_id', value: huge, contact_ids: ['1'] })),
      success: z.object({ results: z.array(bulkResultSchema) }),
      reads: ['lists', 'detail'],
      runs: 150,
    },
    {
      name: 'POST /contacts/import',
      method: 'POST',
      path: fc.constant('/contacts/import'),
      body: bodies(importBody),
      success: z.object({ results: z.array(importResultSchema), summary: importSummarySchema }),
      reads: ['lists', 'detail'],
      runs: 120,
    },
  ],
  actingUser,
);
