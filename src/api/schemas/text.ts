/**
 * Text fields of the contract (api.md "Limits", Text) as zod/mini building blocks, so every
 * input schema (contacts, persons, addresses, templates, invoice items, email) and every form
 * that validates with them applies the same rules:
 * - `nameText`: display names and every name-like field. NFC, invisible characters removed
 *   (they would defeat uniqueness and duplicate checks and render blank; a zero width joiner
 *   between two emoji stays, it is part of the emoji), trimmed, one line.
 * - `safeText`: other free text. NFC (and LF line endings when multi-line), trimmed unless
 *   asked not to; invisible characters are kept (a zero width joiner belongs in an emoji).
 * Both refuse control characters (tab and newline only in multi-line text), bidi overrides
 * and lone surrogates with a sentence naming the field.
 */
import { z } from 'zod/mini';
import { findForbiddenChar, forbiddenCharMessage, normaliseName, normaliseText, type TextRules } from '../../lib/text';

export interface TextOptions {
  /** The field as people call it, for messages: "Company name contains a control character …". */
  label: string;
  max?: number;
  /** The message when empty (after trimming, and for names after removing invisible characters). */
  required?: string;
  /** The message beyond `max` (zod's own otherwise). */
  tooLong?: string;
}

export interface SafeTextOptions extends TextOptions {
  /** Tab and newlines allowed (notes, street lines, email bodies, comments). */
  multiline?: boolean;
  /** Trim surrounding white space (default true). */
  trim?: boolean;
}

/** A refinement: no control character, bidi override or lone surrogate. */
function noForbiddenChars(label: string, rules: TextRules) {
  return z.superRefine<string>((s, ctx) => {
    const found = findForbiddenChar(s, rules);
    if (found) ctx.addIssue({ code: 'custom', message: forbiddenCharMessage(label, found, rules), input: s });
  });
}

/** The string type, with `required` as the message for a missing value too. */
function stringOf(o: TextOptions) {
  const required = o.required;
  return required ? z.string({ error: (issue) => (issue.input === undefined ? required : undefined) }) : z.string();
}

function lengthChecks(o: TextOptions) {
  return [...(o.required ? [z.minLength(1, o.required)] : []), ...(o.max !== undefined ? [z.maxLength(o.max, o.tooLong)] : [])];
}

/** The text rules as the OpenAPI document states them (api.md "Limits", Text). */
export const TEXT_RULES = {
  name: 'Name text: NFC-normalised and trimmed, invisible characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD) removed before uniqueness and duplicate checks; one line; control characters, bidi overrides (U+202A–U+202E, U+2066–U+2069) and lone surrogates are 1001.',
  multiline:
    'Other text: NFC-normalised (LF line endings where multi-line); control characters (C0 except tab and newline where multi-line, C1), bidi overrides and lone surrogates are 1001.',
} as const;
/** The same, short, on each field of the document. */
const FIELD_RULES = {
  name: 'Name text (see Limits): NFC, trimmed, invisible characters removed, one line.',
  line: 'Text (see Limits): NFC, one line.',
  multiline: 'Multi-line text (see Limits): NFC, LF line endings.',
} as const;

/** A name-like field: NFC, invisible characters removed, trimmed, one line, no control characters. */
export function nameText(o: TextOptions) {
  return stringOf(o).check(z.overwrite(normaliseName), noForbiddenChars(o.label, {}), ...lengthChecks(o), z.describe(FIELD_RULES.name));
}

/** Any other text field: NFC (LF line endings when multi-line), trimmed by default, no control characters. */
export function safeText(o: SafeTextOptions) {
  const rules: TextRules = { multiline: o.multiline };
  const trim = o.trim ?? true;
  return stringOf(o).check(
    z.overwrite((s: string) => (trim ? normaliseText(s, rules).trim() : normaliseText(s, rules))),
    noForbiddenChars(o.label, rules),
    ...lengthChecks(o),
    z.describe(o.multiline ? FIELD_RULES.multiline : FIELD_RULES.line),
  );
}
