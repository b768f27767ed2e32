/**
 * The contact-person editor's values and checks (pure): what the inline forms on the Overview
 * and in Email Customer validate before they call the API.
 */
import { z } from 'zod/mini';
import type { ApiError } from '../../../api/client';
import type { ContactPerson } from '../../../api/schemas';
import { normaliseName, textProblem } from '../../../lib/text';

export const personFieldNames = ['salutation', 'first_name', 'last_name', 'email', 'phone', 'mobile', 'designation', 'department'] as const;
export type PersonFieldName = (typeof personFieldNames)[number];
export type PersonDraft = Record<PersonFieldName, string>;

/** Why a field is wrong, as an i18n-free code the component words. */
export type PersonProblem = 'nameRequired' | 'emailRequired' | 'emailInvalid' | 'tooLong' | 'badChar';
export type PersonProblems = Partial<Record<PersonFieldName, PersonProblem>>;

export const blankPersonDraft = (): PersonDraft => ({
  salutation: '', first_name: '', last_name: '', email: '', phone: '', mobile: '', designation: '', department: '',
});

export function draftFromPerson(p: ContactPerson): PersonDraft {
  return Object.fromEntries(personFieldNames.map((k) => [k, p[k]])) as PersonDraft;
}

const limits: Record<PersonFieldName, number> = {
  salutation: 25, first_name: 100, last_name: 100, email: 200, phone: 50, mobile: 50, designation: 100, department: 100,
};
const emailSchema = z.email();

/**
 * A person needs a first or last name (invisible characters do not count); the email is
 * optional unless `requireEmail`, and valid when given; no field may hold control characters.
 */
export function checkPerson(d: PersonDraft, opts: { requireEmail?: boolean } = {}): PersonProblems {
  const out: PersonProblems = {};
  for (const k of personFieldNames) {
    if (k !== 'email' && textProblem(d[k])) out[k] = 'badChar';
    else if (d[k].trim().length > limits[k]) out[k] = 'tooLong';
  }
  if (!normaliseName(d.first_name) && !normaliseName(d.last_name)) out.first_name ??= 'nameRequired';
  const email = d.email.trim();
  if (!email && opts.requireEmail) out.email = 'emailRequired';
  else if (email && !emailSchema.safeParse(email).success) out.email ??= 'emailInvalid';
  return out;
}

/** The draft as the API takes it (trimmed). */
export function personPayload(d: PersonDraft): PersonDraft {
  return Object.fromEntries(personFieldNames.map((k) => [k, d[k].trim()])) as PersonDraft;
}

/** The API's field messages by form field (`email`, or `contact_persons.0.email` style names). */
export function apiPersonErrors(err: ApiError): Partial<Record<PersonFieldName, string>> {
  const out: Partial<Record<PersonFieldName, string>> = {};
  for (const e of err.errors) {
    const field = personFieldNames.find((k) => e.field === k || e.field.endsWith(`.${k}`));
    if (field) out[field] ??= e.message;
  }
  return out;
}
