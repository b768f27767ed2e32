import { describe, expect, it, vi } from 'vitest';
import type { MessageKey } from './en';
import { enAll as en } from './en-all';
import { ja } from './ja';
import { loadCatalogue, translate } from './index';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const normalize = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./()[\]:'"#*]+/g, '');

describe('Japanese catalogue', () => {
  it('translates every English key, and nothing else', () => {
    const missing = keys.filter((k) => typeof ja[k] !== 'string' || ja[k] === '');
    expect(missing).toEqual([]);
    const extra = Object.keys(ja).filter((k) => !(k in en));
    expect(extra).toEqual([]);
  });

  it('keeps the same {placeholder} names as English in every string', () => {
    for (const k of keys) expect(placeholders(ja[k] ?? ''), k).toEqual(placeholders(en[k]));
  });

  it('keeps %Template% tokens as they are', () => {
    for (const k of keys) {
      const tokens = (s: string) => [...s.matchAll(/%\w+%/g)].map((m) => m[0]).sort();
      expect(tokens(ja[k] ?? ''), k).toEqual(tokens(en[k]));
    }
  });

  it('gives every export column a distinct header, so a Japanese export re-imports column by column', () => {
    const headers = keys.filter((k) => k.startsWith('export.col.')).map((k) => normalize(ja[k] ?? ''));
    expect(new Set(headers).size).toBe(headers.length);
  });

  it('is what translate() uses for ja once loaded (English until then), filling placeholders', async () => {
    expect(translate('ja', 'list.selected', { count: 3 })).toBe('3 selected');
    await loadCatalogue('ja');
    expect(translate('ja', 'list.selected', { count: 3 })).toBe('3 件選択中');
    expect(translate('en', 'list.selected', { count: 3 })).toBe('3 selected');
  });
});

describe('switching language', () => {
  it('keeps the last choice when an earlier catalogue finishes loading later', async () => {
    vi.resetModules();
    const i18n = await import('./index');
    const slow = i18n.useLocaleStore.getState().setLocale('ja');
    await i18n.useLocaleStore.getState().setLocale('en');
    await slow;
    expect(i18n.useLocaleStore.getState().locale).toBe('en');
  });
});
