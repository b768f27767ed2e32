/**
 * The same handlers as a standalone HTTP server, for clients outside the browser (another
 * app, Postman, curl): `npm run mock:server`, port MOCK_PORT (default 9090). It starts on the
 * demo data in memory and POST /__mock/reset switches scenarios; with MOCK_DATA_FILE=path it
 * starts from that snapshot document instead (creating it from the demo when it does not
 * exist) and writes every change back to it (mocks/snapshot/data-file.ts).
 *
 * It listens on 127.0.0.1 and answers only loopback Hosts and, from browsers, loopback origins
 * (server-policy.ts); MOCK_ALLOWED_HOSTS and MOCK_ALLOWED_ORIGINS (comma-separated) add more.
 */
import { startMockServer } from './server-start';

const running = await startMockServer({
  port: Number(process.env.MOCK_PORT ?? 9090),
  host: '127.0.0.1',
  dataFile: process.env.MOCK_DATA_FILE || undefined,
});
const { url } = running;
console.log(`Mock API listening on ${url}/api/v3 (control: ${url}/__mock/reset, OpenAPI: ${url}/openapi.json)`);
if (running.dataFile) console.log(`Data file: ${running.dataFile.path} (every change is written back)`);

// Write what is pending before stopping.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().finally(() => process.exit(0));
  });
}
