/**
 * Money and quantities as the contract takes them (api.md "Limits"): finite and bounded, money
 * at most the currency's precision. The checks are exact: decimals are counted in the decimal
 * form of the number (its shortest round-trip form, i.e. what a JSON body carried, or the text
 * as written), never with floating arithmetic such as `x * 100 % 1`, so `0.001` USD, `1e-7` or
 * `1.000000001` are refused instead of being rounded away. The mock and the forms share these.
 */
import { MAX_MONEY, MAX_QUANTITY } from './limits';

/** The most significant digits a double keeps for any decimal (DBL_DIG). */
export const MAX_EXACT_DIGITS = 15;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
/**
 * Longer text is not read as a number at all: a double has 17 significant digits, and every
 * check here stays linear in what it is given (a 1 MB run of zeros must not stall the server).
 */
export const MAX_NUMBER_TEXT = 64;
const grouped = (n: number) => n.toLocaleString('en-US');

export const numberMessages = {
  finite: 'Enter a finite number.',
  money: `Amounts must be less than ${grouped(MAX_MONEY)}.`,
  total: `The invoice total must be less than ${grouped(MAX_MONEY)}.`,
  quantityPositive: 'Quantity must be more than zero.',
  quantityMax: `Quantity can be at most ${grouped(MAX_QUANTITY)}.`,
  decimals: (precision: number, currencyCode: string) => `Use at most ${precision} decimal places for ${currencyCode}.`,
} as const;

interface DecimalDigits {
  /** Significant digits, without leading or trailing zeros ('' for zero). */
  digits: string;
  /** Decimal places that are not trailing zeros (0 for a whole number). */
  places: number;
}

/** The digits of a decimal written as text ("1.50" → 1 place, "1e-7" → 7, "100e-2" → 0); null if it is not one. */
export function decimalDigits(text: string): DecimalDigits | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NUMBER_TEXT) return null;
  const m = DECIMAL.exec(trimmed);
  if (!m || (!m[2] && !m[3])) return null;
  const fraction = m[3] ?? '';
  let digits = (m[2] + fraction).replace(/^0+/, '');
  let scale = fraction.length - Number(m[4] ?? 0);
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  const trailing = digits.length - end;
  digits = digits.slice(0, end);
  scale -= trailing;
  return { digits, places: digits ? Math.max(0, scale) : 0 };
}

/** Decimal places of a number as it is written in JSON (its shortest round-trip form). */
export function decimalPlaces(x: number): number {
  return decimalDigits(String(x))?.places ?? Number.POSITIVE_INFINITY;
}

/** Why a money amount is refused (not finite, |x| ≥ MAX_MONEY, too many decimals), or null. */
export function moneyProblem(x: number, precision: number, currencyCode: string): string | null {
  if (!Number.isFinite(x)) return numberMessages.finite;
  if (Math.abs(x) >= MAX_MONEY) return numberMessages.money;
  if (decimalPlaces(x) > precision) return numberMessages.decimals(precision, currencyCode);
  return null;
}

/** Why a quantity is refused (not finite, not positive, above MAX_QUANTITY), or null. */
export function quantityProblem(x: number): string | null {
  if (!Number.isFinite(x)) return numberMessages.finite;
  if (x <= 0) return numberMessages.quantityPositive;
  if (x > MAX_QUANTITY) return numberMessages.quantityMax;
  return null;
}

export type NumberReading = { ok: true; value: number } | { ok: false; reason: 'not_number' | 'too_large' | 'too_precise' };

/**
 * A number that is not money (a custom field of type number), sent as a number or as text
 * ("1,000" is 1000): finite, |x| < MAX_MONEY, and no more digits than a double keeps exactly,
 * so what is stored is what was written.
 */
export function readBoundedNumber(input: number | string): NumberReading {
  const text = typeof input === 'number' ? String(input) : input.replace(/,/g, '').trim();
  const parsed = typeof input === 'number' ? input : Number(text);
  const d = decimalDigits(text);
  if (!d || !Number.isFinite(parsed)) return { ok: false, reason: 'not_number' };
  if (Math.abs(parsed) >= MAX_MONEY) return { ok: false, reason: 'too_large' };
  if (d.digits.length > MAX_EXACT_DIGITS) return { ok: false, reason: 'too_precise' };
  return { ok: true, value: parsed === 0 ? 0 : parsed };
}

/** The refusal of a bounded number (`readBoundedNumber`) for a field labelled `label`. */
export function boundedNumberMessage(label: string, reason: Extract<NumberReading, { ok: false }>['reason']): string {
  switch (reason) {
    case 'not_number':
      return `${label} must be a number.`;
    case 'too_large':
      return `${label} must be less than ${grouped(MAX_MONEY)} (either side of zero).`;
    case 'too_precise':
      return `${label} can have at most ${MAX_EXACT_DIGITS} significant digits.`;
  }
}
