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
