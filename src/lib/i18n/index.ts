/**
 * The i18n layer: `t(key, vars)` for text, the active locale in a small store, and `Intl`
 * formatters per locale. English is the source catalogue: the first page's text is bundled (en.ts),
 * the rest (en-lazy.ts) loads with the first code loaded on use (`loadLazyText`, called by
 * components/lazy.tsx). Other catalogues are loaded with import() when first chosen (Japanese
 * alone is ~12 KB gzip the English user never needs), and fall back to English key by key.
 */
import { create } from 'zustand';
import { en, type Catalogue, type MessageKey } from './en';

export type Locale = 'en' | 'ja';
export type { MessageKey };

const catalogues: Partial<Record<Locale, Partial<Catalogue>>> = { en };

let lazyText: Promise<void> | null = null;

/**
 * Load the English text the first page does not carry (once; a failed load is forgotten so the
 * next call asks again). Everything loaded on use waits for it before it renders.
 */
export function loadLazyText(): Promise<void> {
  return (lazyText ??= import('./en-lazy').then(
    (m) => {
      catalogues.en = { ...m.enLazy, ...en };
    },
    (err: unknown) => {
      lazyText = null;
      throw err;
    },
  ));
}

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Partial<Catalogue>>> = {
  ja: () => import('./ja').then((m) => m.ja),
};

/** Load a locale's catalogue once; resolves when `t` can use it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogues[locale]) return;
  catalogues[locale] = await loaders[locale as Exclude<Locale, 'en'>]();
}

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
  /** The locale whose catalogue is loaded and shown. */
  locale: Locale;
  /** Switch language: saved at once, shown when its catalogue has loaded (no half-translated frame). */
  setLocale: (l: Locale) => Promise<void>;
}

const saved = initialLocale();

/** The locale asked for last: a slower catalogue load must not undo a later choice. */
let requested: Locale = saved;

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: 'en',
  setLocale: async (locale) => {
    requested = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      /* ignore */
    }
    try {
      await loadCatalogue(locale);
    } catch (err) {
      // The catalogue did not load (offline, a deploy removed the chunk): stay in English, and do
      // not keep a choice that would fail the same way on every start.
      console.warn(`[i18n] The ${locale} catalogue could not be loaded.`, err);
      if (typeof document !== 'undefined') document.documentElement.lang = useLocaleStore.getState().locale;
      if (requested === locale) {
        requested = 'en';
        try {
          globalThis.localStorage?.setItem(STORAGE_KEY, 'en');
        } catch {
          /* ignore */
        }
      }
      return;
    }
    if (requested !== locale) return;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
    set({ locale });
  },
}));

/**
 * The saved locale, ready to render: main.tsx awaits this before the first render so a Japanese
 * user never sees English flash. English resolves at once.
 */
export function restoreLocale(): Promise<void> {
  return saved === 'en' ? Promise.resolve() : useLocaleStore.getState().setLocale(saved);
}

// The page's language follows the saved locale from the start (screen readers, fonts, hyphenation).
if (typeof document !== 'undefined') document.documentElement.lang = saved;

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale]?.[key] ?? catalogues.en?.[key] ?? key;
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
