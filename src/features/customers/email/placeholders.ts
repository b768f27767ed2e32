/**
 * Email templates carry `%Placeholder%` tokens (Zoho's convention). Filling is a plain token
 * swap done in the browser: unknown tokens, and known ones without a value, stay as written so a
 * typo in a template shows up in the draft instead of silently vanishing.
 */
import type { Contact, Template } from '../../../api/schemas';

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
  /** Formats an amount in the customer's currency (the UI's money formatter). */
  money: (amount: number, currencyCode: string) => string;
  /** The period %StartDate%/%EndDate% stand for, already formatted. */
  startDate: string;
  endDate: string;
}

export function placeholderValues(ctx: DraftContext): PlaceholderValues {
  return {
    CustomerName: ctx.contact.contact_name,
    BalanceDue: ctx.money(ctx.contact.outstanding_receivable_amount, ctx.contact.currency_code),
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
