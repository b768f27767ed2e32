/**
 * Email templates carry `%Placeholder%` tokens (Zoho's convention). Filling is a plain token
 * swap done in the browser: unknown tokens, and known ones without a value, stay as written so a
 * typo in a template shows up in the draft instead of silently vanishing.
 */
import type { Contact, Template } from '../../../api/schemas';
import { formatAmountWithCode } from '../../../lib/format';

export const placeholderNames = ['CustomerName', 'BalanceDue', 'StartDate', 'EndDate', 'CompanyName'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

const TOKEN = /%([A-Za-z][A-Za-z0-9]*)%/g;

const isKnown = (name: string): name is PlaceholderName => (placeholderNames as readonly string[]).includes(name);

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(TOKEN, (whole: string, name: string) => (isKnown(name) ? (values[name] ?? whole) : whole));
}

/** The placeholder tokens as a template author types them: `%CustomerName%` … */
export const placeholderTokens = placeholderNames.map((n) => `%${n}%`);

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
  return {
    CustomerName: ctx.contact.contact_name,
    BalanceDue: formatAmountWithCode(ctx.contact.outstanding_receivable_amount, ctx.contact.currency_code),
    StartDate: ctx.startDate,
    EndDate: ctx.endDate,
    CompanyName: ctx.orgName,
  };
}

/** Subject and body of a new email from an email template (empty when there is none). */
export function draftFromTemplate(
  template: Pick<Template, 'subject' | 'body'> | undefined,
  ctx: DraftContext,
): { subject: string; body: string } {
  const values = placeholderValues(ctx);
  return { subject: fillPlaceholders(template?.subject ?? '', values), body: fillPlaceholders(template?.body ?? '', values) };
}
