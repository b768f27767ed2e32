/**
 * Who an email may go to: only the customer's contact persons that have an email address (the
 * API refuses any other), the primary one first.
 */
import type { ContactPerson, Invoice } from '../../../api/schemas';
import type { RecipientOption } from '../../../components/email/recipients';

const key = (email: string) => email.trim().toLowerCase();

export function personLabel(p: Pick<ContactPerson, 'salutation' | 'first_name' | 'last_name'>): string {
  return [p.salutation, p.first_name, p.last_name].filter(Boolean).join(' ');
}

/** One option per distinct address (compared case-insensitively), the primary person first. */
export function recipientOptions(persons: ContactPerson[]): RecipientOption[] {
  const seen = new Set<string>();
  const ordered = [...persons].sort((a, b) => Number(b.is_primary_contact) - Number(a.is_primary_contact));
  const out: RecipientOption[] = [];
  for (const p of ordered) {
    if (!p.email || seen.has(key(p.email))) continue;
    seen.add(key(p.email));
    out.push({ email: p.email, name: personLabel(p), primary: p.is_primary_contact });
  }
  return out;
}

/** "To" starts with the primary contact person (or the first person with an address). */
export function initialTo(persons: ContactPerson[]): string[] {
  const first = recipientOptions(persons)[0];
  return first ? [first.email] : [];
}

/** The invoices with something left to pay, oldest due date first. */
export function unpaidInvoices(invoices: Invoice[]): Invoice[] {
  return invoices.filter((i) => i.balance > 0).sort((a, b) => a.due_date.localeCompare(b.due_date) || a.invoice_number.localeCompare(b.invoice_number));
}

/** A file name for the attachment that says what it is and whose. */
export function unpaidListFileName(contactName: string): string {
  const safe = [...contactName.trim()]
    .map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    // "Acme Inc." makes "… Acme Inc.pdf", not "… Acme Inc..pdf".
    .replace(/[.\s]+$/, '');
  return `Unpaid invoices - ${safe || 'customer'}.pdf`;
}
