/**
 * Register the embedded font once: Noto Sans JP (TTF, 400 and 700) from public/fonts/, by
 * absolute URL in the browser worker or by file path in Node tests. react-pdf fetches and
 * subsets it on first use, so a one-page statement embeds only the glyphs it prints (~12 KB).
 * WOFF2 renders blank and WOFF is ~30× slower with this renderer (stack-notes §3.3): TTF only.
 */
import { Font } from '@react-pdf/renderer';
import { FONT_FAMILY } from './documents/common';

export const FONT_FILES = { regular: 'NotoSansJP-Regular.ttf', bold: 'NotoSansJP-Bold.ttf' } as const;

let registeredBase: string | null = null;

/** `base` is a folder URL or path ending with `/`. Registering again with the same base is a no-op. */
export function registerFonts(base: string): void {
  if (registeredBase === base) return;
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: `${base}${FONT_FILES.regular}`, fontWeight: 400 },
      { src: `${base}${FONT_FILES.bold}`, fontWeight: 700 },
    ],
  });
  // One "word" per word: the default English hyphenation mangles Japanese and codes like INV-000013.
  Font.registerHyphenationCallback((word) => [word]);
  registeredBase = base;
}
