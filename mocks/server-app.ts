/**
 * The standalone server's app, without listening (server.ts listens; tests start it on an
 * ephemeral port): the Host/Origin policy of server-policy.ts first, so every response (errors
 * and refusals included) carries its headers and preflights never reach the handlers, then the
 * handlers through @mswjs/http-middleware.
 */
import express, { type Express } from 'express';
import { createServer } from '@mswjs/http-middleware';
import { handlers } from './handlers';
import { decide, policyFromEnv, type ServerPolicy } from './server-policy';

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
  app.use(createServer(...handlers));
  return app;
}
