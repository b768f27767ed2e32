/**
 * What answers under /api/v3 when no handler does (api.md "Zoho Invoice v3 compatibility"):
 * Zoho's envelope, never a bare 404 or the middleware's `{"error":"Mock not found"}`.
 * - a known path with another method: 405, code 37, with `Allow`;
 * - any other path: 404, code 5; Zoho features this module does not implement (vendor
 *   credit refunds, 1099 tracking, ...) say so in the message.
 * It must come after every other handler (index.ts); it reads the others' paths and methods,
 * so a handler added there is known here without a second list.
 */
import { http, HttpHandler, HttpResponse, matchRequestUrl, type Path, type RequestHandler } from 'msw';
import { ErrorCode } from '../../src/api/schemas';
import { API } from './http';

/** Zoho features outside this module, by a path pattern, for a message that names them. */
const ZOHO_ELSEWHERE: [RegExp, string][] = [
  [/\/vendorcredits(\/|$)/, 'Vendor credits and their refunds are'],
  [/\/(un)?track1099$/, '1099 tracking is'],
  [/\/vendorpayments(\/|$)/, 'Vendor payments are'],
  [/\/bills(\/|$)/, 'Bills are'],
  [/\/purchaseorders(\/|$)/, 'Purchase orders are'],
];

interface Route {
  path: Path;
  method: string;
}

function routesOf(handlers: readonly RequestHandler[]): Route[] {
  const out: Route[] = [];
  for (const h of handlers) {
    if (!(h instanceof HttpHandler)) continue;
    const { path, method } = h.info;
    if (typeof method === 'string' && (typeof path === 'string' || path instanceof RegExp)) out.push({ path, method: method.toUpperCase() });
  }
  return out;
}

function answer(request: Request, routes: Route[]) {
  const url = new URL(request.url);
  const allowed = [...new Set(routes.filter((r) => matchRequestUrl(url, r.path).matches).map((r) => r.method))];
  if (allowed.length) {
    return HttpResponse.json(
      { code: ErrorCode.methodNotAllowed, message: `The HTTP method ${request.method} is not allowed for the requested resource.` },
      { status: 405, headers: { Allow: allowed.join(', ') } },
    );
  }
  const elsewhere = ZOHO_ELSEWHERE.find(([pattern]) => pattern.test(url.pathname));
  const message = elsewhere ? `Invalid URL Passed: ${elsewhere[1]} not part of this API.` : 'Invalid URL Passed';
  return HttpResponse.json({ code: ErrorCode.invalidUrl, message }, { status: 404 });
}

/** The catch-all handlers for `/api/v3` and everything under it, given every other handler. */
export function fallbackHandlers(known: readonly RequestHandler[]): HttpHandler[] {
  const routes = routesOf(known);
  return [http.all(API, ({ request }) => answer(request, routes)), http.all(`${API}/*`, ({ request }) => answer(request, routes))];
}
