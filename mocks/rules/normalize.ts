/**
 * Keys for merge suggestions: two customers are "likely the same" when their names, emails or
 * phones agree after folding away what people type differently — width (全角/半角), case,
 * punctuation, spacing, invisible characters (soft hyphen, zero width space) and company
 * designators ("Acme, Inc." = "ACME" = "Ａｃｍｅ Ltd" = "Ac\u00ADme").
 */
import { stripInvisible } from '../../src/lib/text';

/** Japanese designators, matched anywhere (they come before or after the name). */
const JA_DESIGNATORS = ['株式会社', '有限会社', '合同会社', '合資会社', '(株)', '(有)', '(同)'];

/** Latin designators, matched only at the end ("Co" inside "Costco" or "Co-op Foods" stays). */
const LATIN_SUFFIX = /(?:^|[\s,.&])(?:inc|incorporated|llc|l\.l\.c|ltd|limited|co|corp|corporation|company|gmbh|ag|plc|kk|k\.k|s\.a|sa|bv|pty)\.?$/;

const PUNCTUATION_AND_SPACE = /[\p{P}\p{S}\p{Z}\s]+/gu;

/** Anything but printable ASCII; plain ASCII is already NFKC-stable, and NFKC is the slow part. */
const NEEDS_NFKC = /[^ -~]/;

/** NFKC turns full-width letters, digits and "（株）"/"㈱" into their plain forms. */
function fold(s: string): string {
  return (NEEDS_NFKC.test(s) ? stripInvisible(s).normalize('NFKC') : s).toLowerCase().trim();
}

export function normalizeName(name: string): string {
  let s = fold(name);
  for (const d of JA_DESIGNATORS) s = s.split(d).join(' ');
  // Strip trailing designators repeatedly: "Acme Co., Ltd." → "Acme".
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(/[\s,.]+$/, '').replace(LATIN_SUFFIX, '');
  }
  const key = s.replace(PUNCTUATION_AND_SPACE, '');
  // A name that is nothing but a designator ("Co.") still needs a key.
  return key || fold(name).replace(PUNCTUATION_AND_SPACE, '');
}

export function normalizeEmail(email: string): string {
  return fold(email);
}

/** Digits only; numbers too short to identify anyone (extensions, "0") give no key. */
export const MIN_PHONE_DIGITS = 7;
export function normalizePhone(phone: string): string {
  const digits = (NEEDS_NFKC.test(phone) ? phone.normalize('NFKC') : phone).replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : '';
}
