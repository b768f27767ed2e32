import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { blankPersonDraft, checkPerson, personFieldFor, personPayload } from './person-form';

describe('person form checks', () => {
  it('needs a first or last name', () => {
    expect(checkPerson(blankPersonDraft())).toEqual({ first_name: 'nameRequired' });
    expect(checkPerson({ ...blankPersonDraft(), last_name: 'Smith' })).toEqual({});
  });
  it('checks the email, and requires it when asked', () => {
    const named = { ...blankPersonDraft(), first_name: 'Ann' };
    expect(checkPerson({ ...named, email: 'not-an-email' })).toEqual({ email: 'emailInvalid' });
    expect(checkPerson(named, { requireEmail: true })).toEqual({ email: 'emailRequired' });
    expect(checkPerson({ ...named, email: ' ann@x.example ' }, { requireEmail: true })).toEqual({});
  });
  it('does not count invisible characters as a name, and refuses control characters', () => {
    expect(checkPerson({ ...blankPersonDraft(), first_name: '\u200B', last_name: '\u00AD' })).toEqual({ first_name: 'nameRequired' });
    expect(checkPerson({ ...blankPersonDraft(), first_name: 'Ann', designation: 'CEO\u202E', phone: '03\u0007' })).toEqual({
      designation: 'badChar',
      phone: 'badChar',
    });
  });
  it('refuses over-long values', () => {
    expect(checkPerson({ ...blankPersonDraft(), first_name: 'a'.repeat(101) })).toEqual({ first_name: 'tooLong' });
  });
  it('trims the payload and maps API field errors to fields', () => {
    expect(personPayload({ ...blankPersonDraft(), email: ' a@x.example ' }).email).toBe('a@x.example');
    const err = new ApiError(400, 1001, 'Please check', [
      { field: 'email', message: 'Bad' },
      { field: 'contact_persons.0.last_name', message: 'Long' },
    ]);
    const marked: Record<string, string> = {};
    const setError = (field: string, e: { message?: string }) => {
      marked[field] = e.message ?? '';
    };
    applyApiErrors(err, setError, { fieldFor: personFieldFor });
    expect(marked).toEqual({ email: 'Bad', last_name: 'Long' });
  });
});
