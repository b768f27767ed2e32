/**
 * The same handlers as a standalone HTTP server, for clients outside the browser (another
 * app, Postman, curl): `npm run mock:server`, port MOCK_PORT (default 9090). In memory only:
 * it starts on the demo data and POST /__mock/reset switches scenarios.
 *
 * It listens on 127.0.0.1 and answers only loopback Hosts and, from browsers, loopback origins
 * (server-policy.ts); MOCK_ALLOWED_HOSTS and MOCK_ALLOWED_ORIGINS (comma-separated) add more.
 */
import { reset } from './runtime';
import { createMockApp } from './server-app';

const port = Number(process.env.MOCK_PORT ?? 9090);
const host = '127.0.0.1';

await reset('demo');

createMockApp().listen(port, host, () => {
  console.log(
    `Mock API listening on http://${host}:${port}/api/v3 (control: http://${host}:${port}/__mock/reset, OpenAPI: http://${host}:${port}/openapi.json)`,
  );
});
