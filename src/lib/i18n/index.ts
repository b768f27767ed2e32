/**
 * The i18n layer: `t(key, vars)` for text, the active locale in a small store, and `Intl`
 * formatters per locale. English is the source catalogue; other locales fall back to it.
 */
import { create } from 'zustand';
import { en, type Catalogue, type MessageKey } from './en';
import { ja } from './ja';

export type Locale = 'en' | 'ja';
export type { MessageKey };

const catalogues: Record<Locale, Partial<Catalogue>> = { en, ja };

const STORAGE_KEY = 'customers.locale';

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'ja') return saved;
  } catch {
    /* storage unavailable: use English */
  }
  return 'en';
}

interface LocaleState {
  locale: Locale;
  setLocale: (l: Locale) => void;
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      /* ignore */
    }
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
    set({ locale });
  },
}));

// The page's language follows the saved locale from the start (screen readers, fonts, hyphenation).
if (typeof document !== 'undefined') document.documentElement.lang = useLocaleStore.getState().locale;

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale][key] ?? en[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Translate outside React (uses the current locale). */
export function t(key: MessageKey, vars?: Vars): string {
  return translate(useLocaleStore.getState().locale, key, vars);
}

/** The translate function for the current locale; re-renders when the locale changes. */
export function useT(): (key: MessageKey, vars?: Vars) => string {
  const locale = useLocaleStore((s) => s.locale);
  return (key, vars) => translate(locale, key, vars);
}
