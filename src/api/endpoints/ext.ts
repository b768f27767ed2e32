/** Our multi-customer extensions (*ext*): clone, merge, bulk actions, import, duplicates. */
import { MAX_BODY_BYTES, MAX_BULK_IDS, MAX_DUPLICATE_CANDIDATES, MAX_IMPORT_BODY_BYTES, MAX_IMPORT_MAPPING_COLUMNS, MAX_IMPORT_ROWS } from '../limits';
import {
  bulkInputSchema,
  bulkResponse,
  cloneInputSchema,
  contactPathSchema,
  contactResponse,
  duplicatesQuerySchema,
  duplicatesResponse,
  importInputSchema,
  importMappingInputSchema,
  importMappingResponse,
  importRefusalSchema,
  importResponse,
  mergeInputSchema,
} from '../schemas';
import { exampleBulkResults, exampleContact, exampleDuplicateGroup, exampleImportMapping, exampleImportResults, exampleImportSummary } from './examples';
import type { Endpoint } from './types';

const etag = { ETag: { description: 'The version of the customer answered.' } };

export const extEndpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/contacts/{contact_id}/clone',
    operationId: 'cloneContact',
    tag: 'Merge, bulk and import',
    summary: 'Clone a customer',
    description: "A new customer with the original's details under a new display name and currency; persons are copied, transactions are not.",
    ext: true,
    params: { path: contactPathSchema },
    body: {
      schema: cloneInputSchema,
      forms: 'zoho',
      maxBytes: MAX_BODY_BYTES,
      example: { contact_name: 'Kobayashi Foods (USD)', currency_id: '1', enable_portal: false },
    },
    response: {
      status: 201,
      message: 'The contact has been cloned.',
      payload: contactResponse,
      example: { contact: { ...exampleContact, contact_id: '41', contact_name: 'Kobayashi Foods (USD)' } },
      headers: etag,
    },
    errors: ['notFound', 'duplicateName', 'portalNeedsEmail'],
  },
  {
    method: 'post',
    path: '/contacts/merge',
    operationId: 'mergeContacts',
    tag: 'Merge, bulk and import',
    summary: 'Merge customers into a master',
    description:
      'All or nothing: the transactions, persons and history of `contact_ids` move to the master, which must be active (3008); the others become inactive, lose portal access and point at it. ' +
      `Mixed currencies are refused (3003). Not for staff. At most ${MAX_BULK_IDS.toLocaleString('en-US')} ids.`,
    ext: true,
    body: { schema: mergeInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { master_contact_id: '12', contact_ids: ['13'] } },
    response: { status: 200, message: 'The contacts have been merged.', payload: contactResponse, example: { contact: exampleContact }, headers: etag },
    errors: ['notFound', 'mixedCurrencies', 'masterInactive'],
  },
  {
    method: 'post',
    path: '/contacts/bulk',
    operationId: 'bulkUpdateContacts',
    tag: 'Merge, bulk and import',
    summary: 'One action on many customers',
    description:
      `\`contact_ids\` (at most ${MAX_BULK_IDS.toLocaleString('en-US')}) or \`select_all\` (no cap: resolved on the server, within what the acting user may see). ` +
      'One transaction: a refusal of the whole call (403, 3007, an invalid value) writes nothing; otherwise each customer gets its outcome.',
    ext: true,
    body: { schema: bulkInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { action: 'mark_inactive', contact_ids: ['12', '13'] } },
    response: { status: 200, message: 'Bulk action completed.', payload: bulkResponse, example: { results: exampleBulkResults } },
    errors: ['invalidOwner'],
  },
  {
    method: 'post',
    path: '/contacts/import',
    operationId: 'importContacts',
    tag: 'Merge, bulk and import',
    summary: 'Import customers',
    description:
      `Up to ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows, each validated as a create (\`ContactInput\`). Nothing is written when any row is invalid unless \`skip_invalid: true\`: ` +
      'the 400 then lists the invalid rows with their reasons. A row matches an existing customer the acting user may see by `match_by`: `contact_name` (default; case-, width- and space-insensitive), ' +
      '`email` (the primary email, case- and width-insensitive) or the `cf_<api_name>` of a unique custom field (1001 on `match_by` otherwise); a row without the key creates. ' +
      'A match is skipped, overwritten (the row’s columns replace the stored values, an empty one clears) or updated (`update`: only the row’s non-empty values change), by `on_duplicate`. ' +
      'Never guessed: a row matching two customers, or two rows matching one, is invalid on each such row when it would be written (skipped with `skip`). ' +
      '`dry_run: true` answers `plan` (per row `create`|`update`|`overwrite`|`skip`|`invalid` with `reasons`) and `summary` instead, with status 200 even when rows are invalid, and writes nothing.',
    ext: true,
    body: {
      schema: importInputSchema,
      forms: 'zoho',
      maxBytes: MAX_IMPORT_BODY_BYTES,
      example: {
        rows: [{ contact_name: 'Hoshino Design', email: 'info@hoshino.example' }, { contact_name: 'Kobayashi Foods' }],
        match_by: 'contact_name',
        on_duplicate: 'skip',
      },
    },
    response: { status: 200, message: 'Import completed.', payload: importResponse, example: { results: exampleImportResults, summary: exampleImportSummary } },
    errors: [],
    errorBodies: {
      400: {
        schema: importRefusalSchema,
        name: 'ImportRefusal',
        example: {
          code: 1001,
          message: '1 row is invalid, so nothing was imported. Fix them or skip invalid rows.',
          errors: [{ field: 'rows.1.email', message: 'Enter a valid email address.' }],
          results: [{ row: 2, contact_name: 'Hoshino Design', status: 'invalid', errors: [{ field: 'email', message: 'Enter a valid email address.' }] }],
          summary: { created: 0, updated: 0, overwritten: 0, skipped: 0, invalid: 1 },
        },
      },
    },
  },
  {
    method: 'get',
    path: '/settings/importmappings',
    operationId: 'getImportMapping',
    tag: 'Merge, bulk and import',
    summary: "The acting user's saved import selections",
    description:
      'The column mapping, `match_by` and `on_duplicate` the acting user saved with their last import, or `null`. Each user has their own; no one reads another’s.',
    ext: true,
    response: { status: 200, message: 'success', payload: importMappingResponse, example: { import_mapping: exampleImportMapping } },
    errors: [],
  },
  {
    method: 'put',
    path: '/settings/importmappings',
    operationId: 'saveImportMapping',
    tag: 'Merge, bulk and import',
    summary: "Save the acting user's import selections",
    description:
      `Replaces what the acting user saved: \`columns\` (at most ${MAX_IMPORT_MAPPING_COLUMNS}, each a file header and the field it goes to, or \`null\`), ` +
      '`match_by` (checked as the import checks it) and `on_duplicate`.',
    ext: true,
    body: {
      schema: importMappingInputSchema,
      forms: 'zoho',
      maxBytes: MAX_BODY_BYTES,
      example: { columns: exampleImportMapping.columns, match_by: 'email', on_duplicate: 'update' },
    },
    response: {
      status: 200,
      message: 'Your import selections have been saved.',
      payload: importMappingResponse,
      example: { import_mapping: exampleImportMapping },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/contacts/duplicates',
    operationId: 'listDuplicateContacts',
    tag: 'Merge, bulk and import',
    summary: 'Groups of likely duplicates, or the check while typing',
    description:
      'Customers sharing a normalised name (case, width, punctuation, invisible characters), email or phone, within what the acting user may see: ' +
      '`duplicate_groups` and `page_context`. With any of `contact_name`, `email`, `phone` or `exclude_id` (even blank) it is the customer form’s check while typing instead: ' +
      `\`candidates\` alone, at most ${MAX_DUPLICATE_CANDIDATES}, each with its \`reason\`; merged-away customers and \`exclude_id\` are left out, blank parameters ignored, all blank answers none.`,
    ext: true,
    params: { query: duplicatesQuerySchema },
    response: {
      status: 200,
      message: 'success',
      payload: duplicatesResponse,
      example: { duplicate_groups: [exampleDuplicateGroup], page_context: { page: 1, per_page: 100, has_more_page: false, total: 1 } },
    },
    errors: ['invalid'],
  },
];
