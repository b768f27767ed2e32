/**
 * Formula injection guard (OWASP "CSV Injection", ASVS 5.0 V1.2.10): a text cell that a
 * spreadsheet could read as a formula — one starting with `=`, `+`, `-`, `@`, tab or carriage
 * return, also after leading spaces (Excel trims them) — gets a `'` prefix, in every format.
 * LF and NUL are treated the same way (ASVS lists NUL). Numbers stored as numbers are never
 * touched: only strings reach this function. The cost is a visible apostrophe in such cells
 * (a phone number written "+81-3-…", a name like "@Home Interiors"); the import strips it again
 * (`unguard`), so the export writes and the import reads the same trigger.
 */
// eslint-disable-next-line no-control-regex -- NUL is a trigger too (ASVS V1.2.10)
export const FORMULA_TRIGGER = /^[\u0020\u00a0\u3000]*[=+\-@\t\r\n\u0000]/;

export function guardFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** The guard undone: a `'` in front of text the trigger matches was added by the export. */
export function unguard(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}
