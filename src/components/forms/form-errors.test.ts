import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { applyApiErrors, failureText } from './api-errors';
import { flatErrors, flatResolver } from './form-errors';

describe('flatResolver / flatErrors', () => {
  const resolve = (found: Record<string, string>) =>
    flatResolver<Record<string, unknown>>(() => found)({}, undefined, { fields: {}, shouldUseNativeValidation: false });

  it('passes the values through when the check finds nothing', async () => {
    expect(await resolve({})).toEqual({ values: {}, errors: {} });
  });

  it('nests messages by path and flattens them back, a parent keeping its own and its children', async () => {
    const found = { contact_name: 'Required.', 'persons.0.email': 'Bad email.', custom: 'Too many.', 'custom.cf_1': 'Enter a number.' };
    const { errors } = await resolve(found);
    expect(errors).toMatchObject({ persons: [{ email: { message: 'Bad email.' } }], custom: { message: 'Too many.', cf_1: { message: 'Enter a number.' } } });
    expect(flatErrors(errors)).toEqual(found);
  });
});

describe('applyApiErrors', () => {
  it('marks each named field once, through the mapping, and focuses only the first', () => {
    const setError = vi.fn();
    const err = new ApiError(400, 1001, 'Invalid.', [
      { field: 'contact_persons.0.email', message: 'Bad email.' },
      { field: 'contact_persons.0.email', message: 'Second message.' },
      { field: 'ignored', message: 'Dropped.' },
    ]);
    const marked = applyApiErrors(err, setError, { fieldFor: (f) => (f === 'ignored' ? null : f.split('.').pop()!) });
    expect(marked).toEqual(['email']);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'Bad email.' }, { shouldFocus: true });
  });

  it('puts a rule-code refusal on its field when the API named none, and ignores other errors', () => {
    const setError = vi.fn();
    expect(applyApiErrors(new ApiError(400, 3001, 'Name taken.', []), setError, { codeField: { 3001: 'contact_name' } })).toEqual(['contact_name']);
    expect(setError).toHaveBeenCalledWith('contact_name', { type: 'server', message: 'Name taken.' }, { shouldFocus: true });
    expect(applyApiErrors(new Error('offline'), setError)).toEqual([]);
  });
});

describe('failureText', () => {
  const t = (key: string, vars?: Record<string, string | number>) => `${key}${vars ? ` ${JSON.stringify(vars)}` : ''}`;
  it("says a refusal any form can meet in the app's words, anything else as the form's sentence with the detail", () => {
    expect(failureText(new ApiError(403, 57, 'You are not authorized to perform this operation.'), t, 'form.saveFailed')).toBe('common.notAuthorized');
    expect(failureText(new ApiError(400, 3001, 'Name taken.'), t, 'form.saveFailed')).toBe('form.saveFailed {"message":"Name taken."}');
    expect(failureText(new Error('offline'), t, 'form.saveFailed')).toBe('form.saveFailed {"message":"offline"}');
  });
});
