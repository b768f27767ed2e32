/**
 * The contract's limits (api.md "Limits"), in one place: the mock enforces them, the forms
 * and dialogs show them, and the OpenAPI document states them.
 */

/** Request bodies: 413/1040 beyond these (in bytes). */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_IMPORT_BODY_BYTES = 25 * 1024 * 1024;
/** An email's attachments together (decoded); its body may carry them base64-encoded. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/**
 * The mock control API's reset body (`POST /__mock/reset`), which may carry a whole snapshot:
 * 100,000 customers of the large scenario are ~180 MB of JSON.
 */
export const MAX_SNAPSHOT_BODY_BYTES = 256 * 1024 * 1024;
export const MAX_EMAIL_BODY_BYTES = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + MAX_BODY_BYTES;

/** Money in major units: finite and |x| < MAX_MONEY, at most the currency's precision. */
export const MAX_MONEY = 1e12;
/** Quantities: finite, positive and at most this. */
export const MAX_QUANTITY = 1e6;

export const MAX_CONTACT_PERSONS = 50;
/** `contact_ids` in one bulk call (select-all has no cap: the server resolves it). */
export const MAX_BULK_IDS = 10_000;
/** Rows in one POST /contacts/import (the wizard checks files against it before sending). */
export const MAX_IMPORT_ROWS = 10_000;
/** Columns of one saved import mapping (GET/PUT /settings/importmappings). */
export const MAX_IMPORT_MAPPING_COLUMNS = 300;

/** `per_page` of every paged list (GET /contacts, GET /contacts/duplicates). */
export const MAX_PER_PAGE = 200;
/** The longest *ext* `fields` list (comma-separated field names) GET /contacts takes. */
export const LIST_FIELDS_MAX_LENGTH = 2_000;

/** The duplicate check while typing: at most this many candidates (enough to recognise a match, never a list to page). */
export const MAX_DUPLICATE_CANDIDATES = 10;
/** Its longest `email` and `phone` (an address per RFC 5321; a phone field's length). */
export const MAX_CHECK_EMAIL_LENGTH = 254;
export const MAX_CHECK_PHONE_LENGTH = 50;

/** Customers in one statement action (bulk print/send): 3006 beyond it. */
export const MAX_STATEMENT_CONTACTS = 25;
/** A customer's display name (create, update, clone, import), in characters. */
export const MAX_DISPLAY_NAME_LENGTH = 200;
/** An email's (and an email template's) subject and body, in characters. */
export const MAX_SUBJECT_LENGTH = 1000;
export const MAX_MAIL_BODY_LENGTH = 5000;
/** A template's name, in characters. */
export const MAX_TEMPLATE_NAME_LENGTH = 100;
/** A comment on a customer (POST /contacts/{id}/comments), in characters. */
export const MAX_COMMENT_LENGTH = 2000;
/** Field changes one history entry lists (a customer with 50 persons and every field changed fits). */
export const MAX_HISTORY_CHANGES = 1000;
/** A changed field's old or new value as a history entry shows it, in characters (the longest field, Remarks, fits). */
export const MAX_HISTORY_VALUE_LENGTH = 5000;
/** The History tab's page (GET /contacts/{id}/comments?per_page=). */
export const HISTORY_PAGE_SIZE = 50;
/** Additional addresses of one customer (POST /contacts/{id}/address). */
export const MAX_ADDITIONAL_ADDRESSES = 50;
/** A text custom field's value, in characters. */
export const MAX_TEXT_VALUE = 255;
