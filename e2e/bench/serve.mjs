/** Build and serve helpers for the bench: production builds served by `vite preview`. */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function build(mode, outDir) {
  execFileSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
}

export async function serve(mode, outDir, port) {
  // Vite's own entry (not npx), so killing the child stops the server.
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--mode', mode, '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not start on ${url}`);
}

export function chromiumPath() {
  const p = process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(p) ? p : undefined;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
