/** The document's prose: the overview (envelope, codes, body forms, limits, roles) and the tags. */
import type { Tag } from '../endpoints';
import { errorCodes } from '../error-codes';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_BODY_BYTES,
  MAX_BULK_IDS,
  MAX_CONTACT_PERSONS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_IMPORT_BODY_BYTES,
  MAX_IMPORT_ROWS,
  MAX_MAIL_BODY_LENGTH,
  MAX_MONEY,
  MAX_PER_PAGE,
  MAX_QUANTITY,
  MAX_STATEMENT_CONTACTS,
  MAX_SUBJECT_LENGTH,
  MAX_TEXT_VALUE,
} from '../limits';
import { TEXT_RULES } from '../schemas/text';

const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`;
const n = (x: number) => x.toLocaleString('en-US');

export function infoDescription(): string {
  const codes = Object.values(errorCodes)
    .map((c) => `| ${c.status} | ${c.code} | ${c.meaning} |`)
    .join('\n');
  return `The customers module's REST API. It follows the public Zoho Invoice / Zoho Books **v3** conventions (paths, field names, envelope, \`page_context\`); operations Zoho lacks are ours and marked \`x-ext: true\`. The mock control API (\`/__mock/*\`, tag "Mock control", \`x-mock-only: true\`) is served by the mock only, never by a real backend.

JSON in and out, UTF-8. IDs are strings of digits. Dates \`YYYY-MM-DD\`; times ISO 8601 with offset. Money is a JSON number in the currency's major unit, rounded to its precision (JPY 0, USD/EUR 2).

## Envelope
- Success: HTTP 200/201, \`{"code": 0, "message": "...", <resource>: ...}\`.
- Error: HTTP 4xx/5xx, \`{"code": <non-zero>, "message": "<human sentence>"}\`; validation errors (1001) add \`"errors": [{"field": "contact_name", "message": "..."}]\`.
- Unknown paths under /api/v3 answer the error envelope with HTTP 404 and code 5 (Zoho's "Invalid URL Passed"), a known path with a method it does not serve 405 and code 37 with \`Allow\` (\`components.responses.NotServed\`).

## Error codes
| HTTP | code | meaning |
|---|---|---|
${codes}

Every operation may answer 500/1000; every /api/v3 write 403/57 when the acting user is inactive; every operation that reads a body 400/1001, 400/1038 and 413/1040. Codes 5 and 37 are Zoho's own, for what no operation serves.

## The mock's testing aids
- \`X-Mock-User: <user_id>\` on any /api/v3 request acts as that user for that request only (instead of the designer's acting user); a value naming no user is 401/1041.
- Scripted faults (\`PUT /__mock/config\` \`faults\`) make matching /api/v3 calls fail with any 4xx/5xx status and code of the rule, in the error envelope and with the header \`X-Mock-Fault\` (\`components.responses.InjectedFault\`), whatever the operation documents.

## Request bodies
Every JSON write also takes Zoho's forms: a form body (\`application/x-www-form-urlencoded\`) whose \`JSONString\` field holds the JSON, or a \`multipart/form-data\` body with a \`JSONString\` part (beside \`attachments\` file parts where files are taken). Scalars sent as strings the way Zoho tolerates them are coerced (\`"true"\`/\`"false"\` for booleans, \`"30"\` for numbers); anything else is 1001. \`organization_id\` and \`authtoken\` in the query are accepted and ignored.

## Limits
Beyond them: 400/1001, or 413/1040 for bodies.
- Bodies: at most ${mb(MAX_BODY_BYTES)}; \`POST /contacts/import\` ${mb(MAX_IMPORT_BODY_BYTES)} (and ${n(MAX_IMPORT_ROWS)} rows); email ${mb(MAX_ATTACHMENT_BYTES)} of attachments (the body may carry them base64-encoded). Each request body states its own limit in \`x-max-body-bytes\`.
- Money: finite, |x| < ${MAX_MONEY.toExponential()} in major units, at most the currency's precision (more decimals are 1001, never silently rounded). Quantities: finite, positive, ≤ ${MAX_QUANTITY.toExponential()}.
- Text: ${TEXT_RULES.name} Other text: ${TEXT_RULES.multiline} A name that is empty after that is 1001. Display names ≤ ${MAX_DISPLAY_NAME_LENGTH} characters; email subjects ≤ ${n(MAX_SUBJECT_LENGTH)}, bodies ≤ ${n(MAX_MAIL_BODY_LENGTH)}; text custom field values ≤ ${MAX_TEXT_VALUE}.
- Contact persons: ≤ ${MAX_CONTACT_PERSONS} per customer. \`contact_ids\`: ≤ ${n(MAX_BULK_IDS)} per bulk or merge call (\`select_all\` has no cap: it is resolved on the server). Statements: ≤ ${MAX_STATEMENT_CONTACTS} customers per call (3006). \`per_page\`: ≤ ${MAX_PER_PAGE}.
- Attachments: \`content_type\` must be a syntactically valid media type with no CR/LF; stored attachments are served with \`Content-Disposition: attachment\`, \`X-Content-Type-Options: nosniff\` and \`Content-Security-Policy: sandbox\`; types other than PDF, PNG, JPEG, CSV, plain text and spreadsheets as \`application/octet-stream\`.

## Who may do what
| role | sees | may |
|---|---|---|
| \`admin\` | every customer | everything |
| \`staff\` | every customer | everything except delete, merge and changing owners |
| \`staff_assigned\` | only customers they own (others are 404, and absent from lists) | create (they become the owner), edit, email, clone and statements on their own; never delete, merge or change owners |

An inactive user is refused every write (403/57); reads are allowed. Only admins create templates or change preferences.`;
}

export const tagDescriptions: Record<Tag, string> = {
  Contacts: 'Customers (Zoho `contacts`): list, create, read, update, delete.',
  'Custom views': 'Saved views of the customer list: criteria, columns and sort, private or shared by an admin; `GET /contacts?customview_id=` applies one.',
  'Contact actions': 'One-click state changes of a customer and its upcoming reminders.',
  'Contact persons': "A customer's contact persons; the primary one's email and phones are the customer's.",
  History: 'What happened to a customer, by whom and when.',
  Email: 'Email a customer; what was sent is in the outbox.',
  Statements: 'Statement data (the client renders the PDF) and the statement email.',
  'Merge, bulk and import': 'Operations on many customers at once (*ext*).',
  Users: "The organisation's users and the acting user.",
  'Reference data': 'Currencies, payment terms, price lists and custom fields.',
  Settings: 'Organisation preferences and the payment reminder schedule.',
  Templates: 'The gallery of PDF and email templates.',
  Invoices: 'Invoices, enough for customers to have transactions.',
  Payments: 'Customer payments, applied to invoices or kept as credit.',
  Outbox: 'Every email sent (*ext*).',
  'Mock control': 'Served by the mock only (dev, demo, standalone server): scenarios and designer settings.',
};
