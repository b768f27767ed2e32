/**
 * The contact-person editor's values and checks (pure): what the inline forms on the Overview
 * and in Email Customer validate before they call the API. Lengths, characters and the email's
 * form are the contract's (contactPersonInputSchema); a name, and an email where one is needed,
 * are this form's own rules.
 */
import { contactPersonInputSchema, type ContactPerson } from '../../../api/schemas';
import { normaliseName } from '../../../lib/text';

export const personFieldNames = ['salutation', 'first_name', 'last_name', 'email', 'phone', 'mobile', 'designation', 'department'] as const;
export type PersonFieldName = (typeof personFieldNames)[number];
export type PersonDraft = Record<PersonFieldName, string>;

/** Why a field is wrong, as an i18n-free code the component words. */
export type PersonProblem = 'nameRequired' | 'emailRequired' | 'emailInvalid' | 'tooLong' | 'badChar';
export type PersonProblems = Partial<Record<PersonFieldName, PersonProblem>>;

export const blankPersonDraft = (): PersonDraft => ({
  salutation: '',
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  mobile: '',
  designation: '',
  department: '',
});

export function draftFromPerson(p: ContactPerson): PersonDraft {
  return Object.fromEntries(personFieldNames.map((k) => [k, p[k]])) as PersonDraft;
}

const isPersonField = (s: PropertyKey | undefined): s is PersonFieldName => personFieldNames.includes(s as PersonFieldName);

/** What the contract refuses in the draft as it is sent, per field (its first refusal). */
function contractProblems(d: PersonDraft): PersonProblems {
  const out: PersonProblems = {};
  const result = contactPersonInputSchema.safeParse(personPayload(d));
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isPersonField(field)) continue;
    out[field] ??= issue.code === 'too_big' ? 'tooLong' : field === 'email' ? 'emailInvalid' : 'badChar';
  }
  return out;
}

/**
 * A person needs a first or last name (invisible characters do not count); the email is
 * optional unless `requireEmail`, and valid when given; no field may hold control characters
 * or be longer than the contract allows. Problems come in field order.
 */
export function checkPerson(d: PersonDraft, opts: { requireEmail?: boolean } = {}): PersonProblems {
  const found = contractProblems(d);
  if (!normaliseName(d.first_name) && !normaliseName(d.last_name)) found.first_name ??= 'nameRequired';
  if (!d.email.trim() && opts.requireEmail) found.email = 'emailRequired';
  const out: PersonProblems = {};
  for (const k of personFieldNames) if (found[k]) out[k] = found[k];
  return out;
}

/** The draft as the API takes it (trimmed). */
export function personPayload(d: PersonDraft): PersonDraft {
  return Object.fromEntries(personFieldNames.map((k) => [k, d[k].trim()])) as PersonDraft;
}

/** The editor's field for an API field (`email`, or `contact_persons.0.email` style names), or null. */
export function personFieldFor(apiField: string): PersonFieldName | null {
  return personFieldNames.find((k) => apiField === k || apiField.endsWith(`.${k}`)) ?? null;
}
