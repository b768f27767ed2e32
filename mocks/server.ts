/**
 * The same handlers as a standalone HTTP server, for clients outside the browser (another
 * app, Postman, curl): `npm run mock:server`, port MOCK_PORT (default 9090). In memory only:
 * it starts on the demo data and POST /__mock/reset switches scenarios.
 */
import express from 'express';
import { createServer } from '@mswjs/http-middleware';
import { handlers } from './handlers';
import { reset } from './runtime';

const port = Number(process.env.MOCK_PORT ?? 9090);
const host = '127.0.0.1';

await reset('demo');

const app = express();
// CORS for any origin, answered before the handlers so every response (errors included)
// carries the headers, and preflight requests never reach them.
app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.header('Access-Control-Request-Headers') ?? 'Content-Type');
  res.setHeader('Access-Control-Max-Age', '600');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
});
app.use(createServer(...handlers));

app.listen(port, host, () => {
  console.log(`Mock API listening on http://${host}:${port}/api/v3 (control: http://${host}:${port}/__mock/reset)`);
});
