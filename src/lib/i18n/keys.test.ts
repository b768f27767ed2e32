import { describe, expect, it } from 'vitest';
import { enAll as en } from './en-all';

// The app's source as text (tests and the catalogues left out): a key counts as used when the
// code names it, or builds it from a template literal such as `bulk.status.${status}`.
const sources = Object.values(
  import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/lib/i18n/en.ts', '!/src/lib/i18n/en-lazy.ts', '!/src/lib/i18n/ja.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const code = sources.join('\n');
const keys = Object.keys(en);
const features = new Set(keys.map((k) => k.split('.')[0]));
const dynamicPrefixes = [...new Set([...code.matchAll(/`((?:[a-z]\w*\.)+)\$\{/g)].map((m) => m[1] ?? ''))].filter((p) => features.has(p.split('.')[0] ?? ''));
const named = (k: string) => code.includes(`'${k}'`) || code.includes(`"${k}"`) || code.includes(`\`${k}\``);

describe('message keys', () => {
  it('are each used by the app, by name or through a `prefix.${…}` template', () => {
    const unused = keys.filter((k) => !named(k) && !dynamicPrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('exist for every `prefix.${…}` the app builds a key from', () => {
    expect(dynamicPrefixes.length).toBeGreaterThan(0);
    expect(dynamicPrefixes.filter((p) => !keys.some((k) => k.startsWith(p)))).toEqual([]);
  });

  it('start with the feature that shows them, not a catch-all or a split prefix', () => {
    expect(keys.filter((k) => /^(act|bulkx|stmt)\./.test(k))).toEqual([]);
  });
});
