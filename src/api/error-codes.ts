/**
 * What each error code of the contract means and the HTTP status it comes with (api.md
 * "Envelope and errors", "Rules added", "Limits"): the OpenAPI document's error table and the
 * responses of every operation are built from this. Keyed by `ErrorCode`'s names, so a new
 * code does not compile until its meaning is written down here.
 */
import { ErrorCode, type ErrorCodeName } from './schemas/common';

export interface ErrorCodeInfo {
  code: number;
  status: number;
  meaning: string;
  /** A message the API answers with this code (an example, not a promise of wording). */
  example: string;
}

const info: Record<ErrorCodeName, Omit<ErrorCodeInfo, 'code'>> = {
  internal: {
    status: 500,
    meaning: 'Internal error (also what fault injection answers).',
    example: 'Something went wrong on our side. Please try again.',
  },
  invalid: {
    status: 400,
    meaning: 'A field is missing or invalid; `errors` names each field.',
    example: 'Please check the highlighted fields.',
  },
  notFound: {
    status: 404,
    meaning: 'The entity does not exist (also a customer the acting user may not see).',
    example: 'Contact does not exist.',
  },
  badJson: {
    status: 400,
    meaning: 'The request body is not well-formed JSON.',
    example: 'The request body is not well-formed JSON.',
  },
  tooLarge: {
    status: 413,
    meaning: 'The request body is larger than the endpoint takes (1 MB; import 25 MB; email 10 MB of attachments).',
    example: 'The request body is larger than 1 MB, the most this endpoint takes.',
  },
  forbidden: {
    status: 403,
    meaning: 'The acting user may not do this (their role, or an inactive user writing).',
    example: 'You are not authorized to perform this operation.',
  },
  duplicateName: {
    status: 400,
    meaning: 'The display name is already used and the organisation does not allow duplicates.',
    example: 'A customer with the display name "Acme" already exists.',
  },
  hasTransactions: {
    status: 400,
    meaning: 'The customer has transactions and cannot be deleted.',
    example: 'This customer has transactions and cannot be deleted. Mark the customer as inactive instead.',
  },
  mixedCurrencies: {
    status: 400,
    meaning: 'Customers with different currencies cannot be merged.',
    example: 'Customers with different currencies cannot be merged.',
  },
  currencyLocked: {
    status: 400,
    meaning: 'The currency cannot change: the customer has transactions.',
    example: 'The currency cannot be changed because this customer already has transactions.',
  },
  portalNeedsEmail: {
    status: 400,
    meaning: 'Portal access needs an email address.',
    example: 'Portal access needs an email address for this customer.',
  },
  tooManyStatements: {
    status: 400,
    meaning: 'More than 25 customers in one statement action.',
    example: 'A statement action can include at most 25 customers.',
  },
  invalidOwner: {
    status: 400,
    meaning: 'The owner must be an active "Staff (Assigned Customers Only)" user.',
    example: 'The owner must be an active user with the role "Staff (Assigned Customers Only)".',
  },
  masterInactive: {
    status: 400,
    meaning: 'A merge master must be active.',
    example: 'The master customer must be active.',
  },
  masterHasMerged: {
    status: 400,
    meaning: 'Other customers are merged into this one, so it cannot be deleted while they point at it.',
    example: 'Other customers have been merged into this customer, so it cannot be deleted. Mark it as inactive instead.',
  },
  invalidUrl: {
    status: 404,
    meaning: 'Zoho\'s "Invalid URL Passed": nothing is served at this path under /api/v3 (also Zoho features outside this module).',
    example: 'Invalid URL Passed',
  },
  methodNotAllowed: {
    status: 405,
    meaning: 'The path is served, but not with this method; `Allow` lists those it takes.',
    example: 'The HTTP method PATCH is not allowed for the requested resource.',
  },
  unknownUser: {
    status: 401,
    meaning: 'The mock only: the `X-Mock-User` header (the acting user of one request) names no user.',
    example: 'The X-Mock-User header names no user ("99"); send the user_id of one of GET /api/v3/users.',
  },
  staleUpdate: {
    status: 409,
    meaning: 'Stale update: the `last_modified_time` or `If-Match` sent does not match the stored version.',
    example: 'This customer has been changed by someone else since you opened it. Reload it and try again.',
  },
};

/** Every error code with its status and meaning, in the order of `ErrorCode`. */
export const errorCodes: Record<ErrorCodeName, ErrorCodeInfo> = Object.fromEntries(
  (Object.keys(ErrorCode) as ErrorCodeName[]).map((name) => [name, { code: ErrorCode[name], ...info[name] }]),
) as Record<ErrorCodeName, ErrorCodeInfo>;
