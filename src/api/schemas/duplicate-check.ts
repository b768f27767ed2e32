/**
 * GET /contacts/duplicates with `contact_name`, `email`, `phone` or `exclude_id`: the customer
 * form's check while typing (api.md "Duplicate check while typing"). The same path as the
 * Duplicate view's groups; any of these parameters turns it into the check.
 */
import { z } from 'zod/mini';
import { MAX_CHECK_EMAIL_LENGTH, MAX_CHECK_PHONE_LENGTH, MAX_DISPLAY_NAME_LENGTH } from '../limits';
import { idSchema } from './common';
import { contactSummarySchema } from './contact';

/**
 * Why a candidate matched, strongest first (a candidate matching several ways is listed once,
 * with the strongest): `same_email` (its or a contact person's email, ignoring case and width),
 * `same_phone` (a phone or mobile with the same digits), `similar_name` (the display name once
 * case, width, punctuation, spacing, invisible characters and company designators are folded).
 */
export const duplicateCheckReasons = ['same_email', 'same_phone', 'similar_name'] as const;
export type DuplicateCheckReason = (typeof duplicateCheckReasons)[number];

const checkText = (max: number, what: string) =>
  z.optional(
    z.string().check(z.trim(), z.maxLength(max, `${what} is at most ${max} characters.`), z.describe(`${what}; blank is ignored. At most ${max} characters.`)),
  );

/** The check's parameters (blank ones are dropped before parsing, so they are ignored). */
export const duplicateCheckShape = {
  contact_name: checkText(MAX_DISPLAY_NAME_LENGTH, 'Display name to check'),
  email: checkText(MAX_CHECK_EMAIL_LENGTH, 'Email to check'),
  phone: checkText(MAX_CHECK_PHONE_LENGTH, 'Phone to check (digits only are compared; fewer than 7 digits match nothing)'),
  exclude_id: z.optional(idSchema.check(z.describe('The customer being edited, never its own duplicate.'))),
};
export const duplicateCheckKeys = Object.keys(duplicateCheckShape) as (keyof typeof duplicateCheckShape)[];
export const duplicateCheckQuerySchema = z.object(duplicateCheckShape);
export type DuplicateCheckQuery = z.output<typeof duplicateCheckQuerySchema>;

export const duplicateCandidateSchema = z.extend(contactSummarySchema, {
  reason: z
    .enum(duplicateCheckReasons)
    .check(
      z.describe(
        '`same_email`: the email (or a contact person’s) matches ignoring case and width; `same_phone`: a phone or mobile has the same digits; ' +
          '`similar_name`: the display name matches ignoring case, width, punctuation, spacing, invisible characters and company designators. The strongest reason is given.',
      ),
    ),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
