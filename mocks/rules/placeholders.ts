/**
 * Email templates carry `%Placeholder%` tokens (Zoho's convention). Filling is a plain
 * token swap: unknown tokens stay as written, so a typo in a template shows up in the mail
 * instead of silently vanishing.
 */

export type PlaceholderValues = Partial<Record<string, string>>;

const TOKEN = /%([A-Za-z][A-Za-z0-9]*)%/g;

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(TOKEN, (whole: string, name: string) => values[name] ?? whole);
}

/**
 * An amount for people: currency code, thousands separators, exactly the currency's
 * decimals ("USD 1,234.50", "JPY 1,001"). Built from the integer minor units as a string,
 * so no floating-point rounding can creep in.
 */
export function formatAmount(minor: number, precision: number, currencyCode: string): string {
  const digits = String(Math.abs(Math.trunc(minor))).padStart(precision + 1, '0');
  const whole = digits.slice(0, digits.length - precision).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = precision > 0 ? `.${digits.slice(-precision)}` : '';
  const sign = minor < 0 ? '-' : '';
  return `${currencyCode ? `${currencyCode} ` : ''}${sign}${whole}${fraction}`;
}

/** The values every statement email knows about. */
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
