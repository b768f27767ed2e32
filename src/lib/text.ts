/**
 * The contract's text rules (api.md "Limits", Text), shared by the API schemas, the mock's
 * name keys and the forms:
 * - every text is NFC-normalised (so "Cafe\u0301" and "Café" are the same name);
 * - zero-width and other invisible characters are removed from names before they are stored
 *   or compared, so "Acme\u200B" is "Acme" and a name of nothing but them is empty;
 * - control characters, bidi overrides and lone surrogates are refused: they corrupt what
 *   others see (a reversed name, a broken CSV line, a string no encoder can write).
 */

/**
 * Invisible characters removed from names: zero width space, non-joiner and joiner
 * (U+200B–U+200D), word joiner (U+2060), zero width no-break space / BOM (U+FEFF) and the
 * soft hyphen (U+00AD).
 */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/**
 * What is refused: C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F), the bidi
 * embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069, and, with the `u` flag, any
 * surrogate that is not half of a pair (a paired one is one code point, so emoji pass).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;
/** The same, but tab and line feed are text in a multi-line field (CR is folded into LF first). */
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/u;

/** Every forbidden character of one-line text, for `replaceForbiddenChars`. */
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_GLOBAL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/gu;

/** Anything outside printable ASCII plus tab/LF/CR: only such text can need any of this. */
const NEEDS_WORK = /[^\t\n\r -~]/;

export type ForbiddenKind = 'control' | 'bidi' | 'surrogate';

export interface ForbiddenChar {
  /** UTF-16 index of the character in the text. */
  index: number;
  /** Its code unit, for the message (U+202E). */
  codePoint: number;
  kind: ForbiddenKind;
}

export interface TextRules {
  /** Tab and newlines are allowed (notes, street lines, email bodies, comments). */
  multiline?: boolean;
}

/** The text without the invisible characters of INVISIBLE_CHARS. */
export function stripInvisible(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE_CHARS, '') : s;
}

/**
 * The stored form of a text: line endings folded to LF (multi-line) and NFC. Plain ASCII is
 * returned as it is (NFC never changes it). Lone surrogates survive `normalize`, so they are
 * still there for findForbiddenChar.
 */
export function normaliseText(s: string, rules: TextRules = {}): string {
  let out = rules.multiline && s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  if (NEEDS_WORK.test(out)) out = out.normalize('NFC');
  return out;
}

/**
 * A zero width joiner between two emoji (👨‍👩‍👧, 🏳️‍🌈) is part of the one character people see, so
 * a name keeps it; every other invisible character goes. Comparison keys drop it too.
 */
const INVISIBLE_KEEPING_EMOJI_JOINERS = /(\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})|[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** The stored form of a name: invisible characters removed (emoji joiners kept), NFC, trimmed. */
export function normaliseName(s: string): string {
  const visible = HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE_KEEPING_EMOJI_JOINERS, (_, emoji?: string) => (emoji ? `${emoji}\u200D` : '')) : s;
  return normaliseText(visible).trim();
}

/**
 * `s` with every character one-line text may not hold replaced: a lone surrogate by U+FFFD (the
 * replacement character), a control or bidi character by `by`. For values stored before the
 * rules, e.g. a file name put into a header or a download.
 */
export function replaceForbiddenChars(s: string, by = '_'): string {
  return s.replace(FORBIDDEN_GLOBAL, (ch) => (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff ? '\ufffd' : by));
}

/** The first character a field may not hold, or null. */
export function findForbiddenChar(s: string, rules: TextRules = {}): ForbiddenChar | null {
  const m = (rules.multiline ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE).exec(s);
  if (!m) return null;
  const codePoint = m[0].charCodeAt(0);
  const kind: ForbiddenKind = codePoint >= 0xd800 && codePoint <= 0xdfff ? 'surrogate' : codePoint >= 0x2000 ? 'bidi' : 'control';
  return { index: m.index, codePoint, kind };
}

const hex = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** The sentence for a refused character, e.g. "Display name contains a control character (U+0007)." */
export function forbiddenCharMessage(label: string, found: ForbiddenChar, rules: TextRules = {}): string {
  switch (found.kind) {
    case 'control':
      if (!rules.multiline && (found.codePoint === 0x09 || found.codePoint === 0x0a || found.codePoint === 0x0d)) {
        return `${label} must be on one line (it contains a tab or a line break).`;
      }
      return `${label} contains a control character (${hex(found.codePoint)}), which is not allowed.`;
    case 'bidi':
      return `${label} contains a text-direction control character (${hex(found.codePoint)}), which is not allowed.`;
    case 'surrogate':
      return `${label} contains a broken character (an unpaired surrogate ${hex(found.codePoint)}), which is not allowed.`;
  }
}

/** Why a form refuses a text, as an i18n-free code the component words (`common.text.<code>`). */
export type TextProblem = 'badChar' | 'oneLine';

/**
 * What the contract would say about `s` as sent (normalised and, for one-line text, trimmed
 * as the schemas do), for forms that word their own messages; null when it is fine.
 */
export function textProblem(s: string, rules: TextRules = {}): TextProblem | null {
  const value = rules.multiline ? normaliseText(s, rules) : normaliseText(s).trim();
  const found = findForbiddenChar(value, rules);
  if (!found) return null;
  const lineChar = found.codePoint === 0x09 || found.codePoint === 0x0a || found.codePoint === 0x0d;
  return found.kind === 'control' && lineChar && !rules.multiline ? 'oneLine' : 'badChar';
}
