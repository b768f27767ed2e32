/** Money, number and date formatting with `Intl`, per currency and locale. */
import type { Locale } from './i18n';

const intlLocale = (l: Locale) => (l === 'ja' ? 'ja-JP' : 'en-US');
const moneyCache = new Map<string, Intl.NumberFormat>();

/** Format an amount in its currency: JPY has no decimals, USD/EUR two, as Intl knows. */
export function formatMoney(amount: number, currencyCode: string, locale: Locale = 'en'): string {
  const key = `${locale}|${currencyCode}`;
  let f = moneyCache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: currencyCode || 'USD' });
    } catch {
      f = new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyCache.set(key, f);
  }
  return f.format(amount);
}

/**
 * An amount as mail to a customer shows it, whatever the UI language: currency code, thousands
 * separators and the currency's decimals ("USD 2,528.37", "JPY 1,001"), exactly as the server's
 * statement mail writes %BalanceDue%.
 */
export function formatAmountWithCode(amount: number, currencyCode: string): string {
  const code = currencyCode || 'USD';
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    /* unknown code: two decimals */
  }
  const n = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return `${code} ${n}`;
}

export function formatNumber(n: number, locale: Locale = 'en'): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

/** A calendar date (`YYYY-MM-DD`) shown in the locale's medium style, without time-zone shifts. */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

export function formatDateTime(iso: string, locale: Locale = 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
