/**
 * A new email's draft from an email template, its `%Placeholder%` tokens filled in the browser
 * exactly as the server fills its statement mail (src/lib/placeholders).
 */
import type { Contact, Template } from '../../../api/schemas';
import { formatAmountWithCode } from '../../../lib/format';
import { fillPlaceholders, statementPlaceholders, type PlaceholderValues } from '../../../lib/placeholders';

export interface DraftContext {
  contact: Pick<Contact, 'contact_name' | 'outstanding_receivable_amount' | 'currency_code'>;
  orgName: string;
  /** The period %StartDate%/%EndDate% stand for (YYYY-MM-DD). */
  startDate: string;
  endDate: string;
}

/**
 * Values as the customer reads them, the same whatever the UI language and the same as the
 * server's statement mail: "USD 2,528.37", dates as YYYY-MM-DD.
 */
export function placeholderValues(ctx: DraftContext): PlaceholderValues {
  return statementPlaceholders({
    customerName: ctx.contact.contact_name,
    balanceDue: formatAmountWithCode(ctx.contact.outstanding_receivable_amount, ctx.contact.currency_code),
    startDate: ctx.startDate,
    endDate: ctx.endDate,
    companyName: ctx.orgName,
  });
}

/** Subject and body of a new email from an email template (empty when there is none). */
export function draftFromTemplate(template: Pick<Template, 'subject' | 'body'> | undefined, ctx: DraftContext): { subject: string; body: string } {
  const values = placeholderValues(ctx);
  return { subject: fillPlaceholders(template?.subject ?? '', values), body: fillPlaceholders(template?.body ?? '', values) };
}
