/**
 * The one API-error mapper for forms: a refusal's field errors land on the form's fields
 * (react-hook-form `setError`), so the field is marked and what was typed stays.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../api/client';
import { ErrorCode } from '../../api/schemas';
import { errorText } from '../../lib/error-text';
import type { MessageKey, Vars } from '../../lib/i18n';

export interface ApiErrorMapping {
  /** The form field that shows an API field's message (`contact_persons.0.email` → `email`); null to drop it. */
  fieldFor?: (apiField: string) => string | null;
  /** Where a rule-code refusal belongs when the API named no field. */
  codeField?: Partial<Record<number, string>>;
}

/**
 * Mark the fields an API refusal names; returns the form fields marked (none for an error that
 * is not an API refusal, or names no field the form has – the caller then shows it as a banner).
 */
export function applyApiErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, mapping: ApiErrorMapping = {}): string[] {
  if (!isApiError(err)) return [];
  const { fieldFor = (f) => f, codeField = {} } = mapping;
  const marked = new Map<string, string>();
  for (const e of err.errors) {
    const field = fieldFor(e.field);
    if (field && !marked.has(field)) marked.set(field, e.message);
  }
  const byCode = codeField[err.code];
  if (byCode && !marked.has(byCode)) marked.set(byCode, err.message);
  let first = true;
  for (const [field, message] of marked) {
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  return [...marked.keys()];
}

/** Refusals whose meaning does not depend on the form: said in the user's language as they are. */
const codeText: Partial<Record<number, MessageKey>> = { [ErrorCode.forbidden]: 'common.notAuthorized' };

/**
 * A failure as the form's banner: the app's own sentence for a refusal any form can meet (not
 * allowed), else the form's `failedKey` sentence with the server's message as the detail.
 */
export function failureText(err: unknown, t: (key: MessageKey, vars?: Vars) => string, failedKey: MessageKey): string {
  const known = isApiError(err) ? codeText[err.code] : undefined;
  return known ? t(known) : t(failedKey, { message: errorText(err) });
}
