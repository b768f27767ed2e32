/**
 * File names for the PDFs: `statement_<display name>_<start>_<end>.pdf`. Letters and digits of
 * any script are kept (株式会社さくら商事 stays readable); anything a file system or a mail client
 * may choke on (path separators, quotes, control characters, spaces, punctuation) becomes `_`.
 */
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu;
const MAX_NAME = 80;

/** A name part safe for a file name, never empty. */
export function safeNamePart(raw: string, fallback = 'customer'): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '');
  return [...cleaned].slice(0, MAX_NAME).join('') || fallback;
}

export function statementFileName(displayName: string, start: string, end: string): string {
  return `statement_${safeNamePart(displayName)}_${safeNamePart(start, 'start')}_${safeNamePart(end, 'end')}.pdf`;
}

/** The file of a bulk print: one PDF holding several customers' statements. */
export function statementsFileName(start: string, end: string): string {
  return `statements_${safeNamePart(start, 'start')}_${safeNamePart(end, 'end')}.pdf`;
}

export function unpaidInvoicesFileName(displayName: string, asOf: string): string {
  return `unpaid_invoices_${safeNamePart(displayName)}_${safeNamePart(asOf, 'today')}.pdf`;
}
