#!/usr/bin/env node
/**
 * Copy the Japanese-capable TTFs the statement PDFs embed (Noto Sans JP 400 and 700, from
 * @expo-google-fonts/noto-sans-jp) into public/fonts/, where the PDF worker fetches them.
 * Run by `postinstall` (npm runs the root package's own scripts even where dependency install
 * scripts are not allowed). Idempotent: a file already there with the same size is left alone.
 * Never fails the install: without the package it only warns (the copies in public/fonts/ are
 * committed, so a build still has them).
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-jp');
const out = join(root, 'public', 'fonts');

const files = [
  ['400Regular/NotoSansJP_400Regular.ttf', 'NotoSansJP-Regular.ttf'],
  ['700Bold/NotoSansJP_700Bold.ttf', 'NotoSansJP-Bold.ttf'],
  ['LICENSE_FONT', 'NotoSansJP-OFL.txt'],
];

if (!existsSync(pkg)) {
  console.warn('copy-fonts: @expo-google-fonts/noto-sans-jp is not installed; keeping public/fonts/ as it is.');
  process.exit(0);
}
mkdirSync(out, { recursive: true });
for (const [from, to] of files) {
  const src = join(pkg, from);
  const dest = join(out, to);
  if (!existsSync(src)) {
    console.warn(`copy-fonts: ${from} is missing from the package.`);
    continue;
  }
  if (existsSync(dest) && statSync(dest).size === statSync(src).size) continue;
  copyFileSync(src, dest);
  console.log(`copy-fonts: public/fonts/${to}`);
}
