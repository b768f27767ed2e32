import type { ApiError } from '../../../api/client';
import { ErrorCode } from '../../../api/schemas';
import { formFieldFor, type FormErrors } from './form-values';

/** Where each rule-code refusal belongs when the API did not name the field. */
const codeField: Partial<Record<number, string>> = {
  [ErrorCode.duplicateName]: 'contact_name',
  [ErrorCode.currencyLocked]: 'currency_id',
  [ErrorCode.portalNeedsEmail]: 'is_portal_enabled',
  [ErrorCode.invalidOwner]: 'owner_id',
};

/** An API refusal as form errors keyed by form field. */
export function apiErrorsToForm(err: ApiError): FormErrors {
  const out: FormErrors = {};
  for (const e of err.errors) out[formFieldFor(e.field)] ??= e.message;
  const field = codeField[err.code];
  if (field && !out[field]) out[field] = err.message;
  return out;
}
