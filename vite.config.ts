import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const __dirname = dirname(fileURLToPath(import.meta.url));
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The contract's schema modules, except common.ts (see `moduleSideEffects` below). */
const SCHEMA_MODULE = /\/src\/api\/schemas\/(?!common\.)[\w-]+\.ts$/;

/** A build for a real backend ships no mock: drop the service worker script that public/ copies. */
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (!enabled) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_API_MOCKING === 'enabled' && !env.VITE_API_BASE_URL;
  return {
    plugins: [react(), dropMockWorker(mocking)],
    // MSW's cookie jar is unused by our handlers: keep it (and tldts) out of the demo build.
    resolve: { alias: { 'tough-cookie': resolve(__dirname, 'mocks/vendor/tough-cookie-stub.ts') } },
    worker: { format: 'es' },
    // The PDF worker's renderer: pre-bundled at dev-server start, so the first PDF made does not
    // make Vite discover it, re-optimise and reload the page.
    optimizeDeps: { include: ['@react-pdf/renderer'] },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      chunkSizeWarningLimit: 1500,
      // The contract's schema modules only define schemas (their top-level zod calls have no effect
      // beyond their exports; common.ts also sets zod's English messages, so it stays as it is):
      // a chunk that imports the schemas barrel gets only the modules it uses, and the list's
      // first load not every schema a dialog uses.
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (SCHEMA_MODULE.test(id) ? false : undefined) } },
    },
  };
});
