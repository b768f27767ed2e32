import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enLazy } from './en-lazy';

// The first page is what main.tsx imports statically, plus the parts loaded with
// `{ firstLoad: true }` (they render without waiting for en-lazy.ts). Its text must be in en.ts.
const ROOT = resolve(__dirname, '../../..');
const FIRST_LOAD_PARTS = ['src/main.tsx', 'src/app/pages/CustomersPage.tsx', 'src/features/designer/DesignerPanel.tsx'];
const FILES_MARKING_FIRST_LOAD = ['src/app/Layout.tsx', 'src/app/router.tsx'];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p)) return p;
  }
  return null;
}

/** Every source file reached from the roots by static imports (not `import type`, not `import()`). */
function staticGraph(roots: string[]): string[] {
  const seen = new Set<string>();
  const stack = roots.map((r) => resolve(ROOT, r));
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g)) {
      const target = m[1] ? null : resolveImport(file, m[2] ?? '');
      if (target && !target.includes('/lib/i18n/en')) stack.push(target);
    }
  }
  return [...seen];
}

const allKeys = [...Object.keys(en), ...Object.keys(enLazy)];
const files = staticGraph(FIRST_LOAD_PARTS);
const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
const literals = new Set([...code.matchAll(/'([^'\n]+)'|"([^"\n]+)"|`([^`$\n]+)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ''));
const prefixes = [...new Set([...code.matchAll(/`((?:[a-zA-Z]\w*\.)+\w*)\$\{/g)].map((m) => m[1] ?? ''))];
const usedByFirstPage = (k: string) => literals.has(k) || prefixes.some((p) => k.startsWith(p));

describe('the English catalogue split', () => {
  it('walks the first page through its static imports', () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain('src/features/customers/list/CustomersTable.tsx');
    expect(names).not.toContain('src/features/export/ExportDialog.tsx');
  });

  it('has every key the first page names in en.ts (it would show the bare key until en-lazy.ts loads)', () => {
    expect(Object.keys(enLazy).filter(usedByFirstPage)).toEqual([]);
  });

  it('has only keys the first page names in en.ts (the rest would make the first load heavier)', () => {
    expect(Object.keys(en).filter((k) => !usedByFirstPage(k))).toEqual([]);
  });

  it('never has a key in both parts', () => {
    expect(new Set(allKeys).size).toBe(allKeys.length);
  });

  it('knows every part loaded with firstLoad: true', () => {
    const marking = readdirSync(resolve(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => `src/${f}`)
      .filter((f) => readFileSync(resolve(ROOT, f), 'utf8').includes('firstLoad: true'))
      .sort();
    expect(marking).toEqual(FILES_MARKING_FIRST_LOAD);
  });
});
