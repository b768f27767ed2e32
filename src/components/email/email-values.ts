/**
 * A composer's values are the contract's email fields, checked by the contract's
 * `emailInputSchema` and worded in the UI's language: each zod issue is mapped to the sentence
 * the dialogs have always shown ("Choose at least one recipient.", "This can be at most 1000
 * characters.").
 */
import { emailInputSchema, type EmailInput } from '../../api/schemas';
import type { MessageKey, Vars } from '../../lib/i18n';
import { textProblem } from '../../lib/text';
import type { FlatErrors } from '../forms/form-errors';

/** The draft a composer starts from. */
export interface EmailDraft {
  to: string[];
  subject: string;
  body: string;
}

/** What the composer sends; the feature adds the attachments. */
export type EmailValues = Required<Pick<EmailInput, 'to_mail_ids' | 'cc_mail_ids' | 'subject' | 'body'>>;
export type EmailField = keyof EmailValues;

/** The fields in the order they are shown (the first invalid one gets focus). */
export const emailFields: readonly EmailField[] = ['to_mail_ids', 'cc_mail_ids', 'subject', 'body'];

const isEmailField = (f: unknown): f is EmailField => emailFields.includes(f as EmailField);

type Translate = (key: MessageKey, vars?: Vars) => string;

const required: Partial<Record<EmailField, MessageKey>> = {
  to_mail_ids: 'email.toRequired',
  subject: 'email.subjectRequired',
  body: 'email.bodyRequired',
};

type Issue = NonNullable<ReturnType<typeof emailInputSchema.safeParse>['error']>['issues'][number];

function wording(field: EmailField, issue: Issue, v: EmailValues, t: Translate): string {
  const key = required[field];
  if (issue.code === 'too_small' && key) return t(key);
  if (issue.code === 'too_big') return t('email.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_format' && (field === 'to_mail_ids' || field === 'cc_mail_ids')) {
    return t('email.badAddress', { email: v[field][Number(issue.path[1])] ?? '' });
  }
  if (issue.code === 'custom' && (field === 'subject' || field === 'body')) {
    // The schema refused a character; say which kind, as the other forms do.
    return t(`common.text.${textProblem(v[field], { multiline: field === 'body' }) ?? 'badChar'}`);
  }
  return issue.message;
}

/** The composer's check: the contract's schema, one message per field. */
export function emailProblems(v: EmailValues, t: Translate): FlatErrors {
  const parsed = emailInputSchema.safeParse(v);
  const out: FlatErrors = {};
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isEmailField(field)) out[field] ??= wording(field, issue, v, t);
  }
  return out;
}

/** Where an API field error shows: `to_mail_ids.0` on To; attachments and the rest in the banner. */
export function emailFieldFor(apiField: string): EmailField | null {
  const field = apiField.split('.')[0];
  return isEmailField(field) ? field : null;
}
