/**
 * The one way a form holds its errors: react-hook-form's `formState.errors`, filled by a
 * resolver that runs the contract's checks (`flatResolver`) and by the API's refusals
 * (`applyApiErrors`). Errors travel as flat maps keyed by field path (`persons.0.email`),
 * which is what the checks produce and what field components read.
 */
import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';

/** Messages keyed by field path. */
export type FlatErrors = Record<string, string>;

/** A resolver from a check that returns messages by field path (empty when the values pass). */
export function flatResolver<T extends FieldValues>(check: (values: T) => FlatErrors): Resolver<T> {
  return (values) => {
    const found = check(values);
    const paths = Object.keys(found);
    if (!paths.length) return { values, errors: {} };
    const errors: FieldErrors<T> = {};
    for (const path of paths) {
      // A parent may hold its own message and its children's (`custom` and `custom.cf_1`).
      const children: object = get(errors, path) ?? {};
      set(errors, path, { ...children, type: 'validate', message: found[path] });
    }
    return { values: {}, errors };
  };
}

/** react-hook-form's nested errors as a flat map by field path (a parent and its children both kept). */
export function flatErrors(errors: FieldErrors | undefined, prefix = ''): FlatErrors {
  const out: FlatErrors = {};
  if (!errors) return out;
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref' || key === 'types') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out[path] = message;
    Object.assign(out, flatErrors(value as FieldErrors, path));
  }
  return out;
}
