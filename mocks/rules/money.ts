/** Money in integer minor units: no floating-point drift in sums. */
import { MAX_MONEY } from '../../src/api/limits';
import { moneyProblem, numberMessages, quantityProblem } from '../../src/api/money';
import type { FieldError, LineItem } from '../../src/api/schemas';

/** Convert a major-unit amount (as the API speaks) to minor units of a currency. */
export function toMinor(major: number, precision: number): number {
  return Math.round(major * 10 ** precision);
}

/**
 * Convert minor units back to the API's major-unit number, rounded to the precision. Always a
 * finite number: a stored amount that is somehow not one answers 0 rather than `null` (which
 * is what JSON makes of NaN and Infinity), so one bad record cannot break a response's schema.
 */
export function toMajor(minor: number, precision: number): number {
  if (!Number.isFinite(minor)) return 0;
  return precision === 0 ? minor : Number((minor / 10 ** precision).toFixed(precision));
}

/** A line's amount in minor units: rate × quantity, rounded half away from zero once. */
export function lineMinor(rate: number, quantity: number, precision: number): number {
  const scaled = rate * quantity * 10 ** precision;
  return Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
}

/**
 * An invoice's lines against the customer's currency (api.md "Limits"): each rate a bounded
 * amount with at most the currency's decimals, each quantity bounded, and the total below the
 * money bound too. Returns one error per bad field and the total in minor units.
 */
export function checkLineItems(lines: readonly LineItem[], precision: number, currencyCode: string): { errors: FieldError[]; total_minor: number } {
  const errors: FieldError[] = [];
  lines.forEach((l, i) => {
    const rate = moneyProblem(l.rate, precision, currencyCode);
    if (rate) errors.push({ field: `line_items.${i}.rate`, message: rate });
    const quantity = quantityProblem(l.quantity);
    if (quantity) errors.push({ field: `line_items.${i}.quantity`, message: quantity });
  });
  if (errors.length) return { errors, total_minor: 0 };
  const total_minor = lines.reduce((s, l) => s + lineMinor(l.rate, l.quantity, precision), 0);
  if (!(Math.abs(total_minor) < MAX_MONEY * 10 ** precision)) {
    errors.push({ field: 'line_items', message: numberMessages.total });
  }
  return { errors, total_minor };
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
