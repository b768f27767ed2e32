/**
 * The standalone server's app, without listening (server.ts listens; tests start it on an
 * ephemeral port): the Host/Origin policy of server-policy.ts first, so every response (errors
 * and refusals included) carries its headers and preflights never reach the handlers, then the
 * handlers through @mswjs/http-middleware; /openapi.json is the document describing them.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { createServer } from '@mswjs/http-middleware';
import { handlers } from './handlers';
import { decide, policyFromEnv, type ServerPolicy } from './server-policy';

/** The API's OpenAPI document, as `npm run openapi` writes it (and the demo build serves it). */
export const OPENAPI_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../public/openapi.json');

export function createMockApp(policy: ServerPolicy = policyFromEnv(process.env)): Express {
  const app = express();
  app.use((req, res, next) => {
    const decision = decide(
      {
        method: req.method,
        origin: req.header('origin'),
        host: req.header('host'),
        requestHeaders: req.header('access-control-request-headers'),
        requestPrivateNetwork: req.header('access-control-request-private-network'),
      },
      policy,
    );
    for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
    if (decision.refusal) {
      res.status(decision.refusal.status).json(decision.refusal.body);
      return;
    }
    if (decision.preflight) {
      res.status(204).end();
      return;
    }
    next();
  });
  // Read on each request, so a regenerated document is served without a restart.
  app.get('/openapi.json', (_req, res) => res.sendFile(OPENAPI_FILE, { headers: { 'Cache-Control': 'no-cache' } }));
  app.use(createServer(...handlers));
  return app;
}
