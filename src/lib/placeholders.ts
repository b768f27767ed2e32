/**
 * Email templates carry `%Placeholder%` tokens (Zoho's convention). Filling is a plain token
 * swap, the same in the browser's drafts and in the server's statement mail: a token with a
 * value is replaced (values are inserted literally, never re-expanded); unknown tokens, and
 * known ones without a value, stay as written, so a typo in a template shows up in the mail
 * instead of silently vanishing.
 */

export const placeholderNames = ['CustomerName', 'BalanceDue', 'StartDate', 'EndDate', 'CompanyName'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** The placeholder tokens as a template author types them: `%CustomerName%` … */
export const placeholderTokens = placeholderNames.map((n) => `%${n}%`);

const TOKEN = /%([A-Za-z][A-Za-z0-9]*)%/g;

export function fillPlaceholders(text: string, values: Partial<Record<string, string>>): string {
  // Own keys only: `%constructor%` is not a value of every object.
  return text.replace(TOKEN, (whole: string, name: string) => (Object.hasOwn(values, name) ? (values[name] ?? whole) : whole));
}

/** The values every statement email knows about, already formatted for the customer. */
export function statementPlaceholders(v: {
  customerName: string;
  balanceDue: string;
  startDate: string;
  endDate: string;
  companyName: string;
}): PlaceholderValues {
  return {
    CustomerName: v.customerName,
    BalanceDue: v.balanceDue,
    StartDate: v.startDate,
    EndDate: v.endDate,
    CompanyName: v.companyName,
  };
}
