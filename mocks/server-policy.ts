/**
 * Who the standalone mock server (server.ts) answers, as pure functions: it holds every
 * customer and a control API that switches the acting user and resets the data, so a web page
 * from anywhere else must not be able to use it from a browser on the same machine.
 *
 * - Host: only requests addressed to a loopback name (localhost, 127.0.0.1, [::1], any port),
 *   which defeats DNS rebinding (a page of evil.example whose name now points at 127.0.0.1
 *   still sends `Host: evil.example`). MOCK_ALLOWED_HOSTS adds names (`name` or `name:port`).
 * - Origin: CORS is answered only for loopback origins (http/https on localhost, 127.0.0.1,
 *   [::1], any port) and the server's own origin; MOCK_ALLOWED_ORIGINS adds origins, and `*`
 *   in it allows any (an explicit opt-in). A request from any other origin is refused with
 *   403/57 whatever its path (the control API above all): without that, a page could still
 *   send "simple" cross-origin writes it cannot read the answer of. Requests without an
 *   Origin (curl, Postman, other servers) are not cross-origin requests and pass.
 */
import { ErrorCode } from '../src/api/schemas';

export interface ServerPolicy {
  /** Extra allowed origins, normalised (`scheme://host[:port]`, lower case). */
  origins: ReadonlySet<string>;
  anyOrigin: boolean;
  /** Extra allowed hosts: `name` (any port) or `name:port`, lower case. */
  hosts: ReadonlySet<string>;
  anyHost: boolean;
}

export interface RequestFacts {
  method: string;
  /** The Origin header, if any. */
  origin?: string;
  /** The Host header, if any. */
  host?: string;
  /** Access-Control-Request-Headers of a preflight. */
  requestHeaders?: string;
  /** Access-Control-Request-Private-Network of a preflight (Chrome's Private Network Access). */
  requestPrivateNetwork?: string;
}

export interface Decision {
  /** Headers for the response, whatever it is (the refusal included). */
  headers: Record<string, string>;
  /** Answer with this instead of passing the request on. */
  refusal?: { status: number; body: { code: number; message: string } };
  /** A CORS preflight of an allowed origin: answer 204 with `headers`. */
  preflight?: boolean;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
export const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
/** What a client may send: JSON/form bodies, optimistic locking, the per-request user, Zoho's upsert. */
export const ALLOWED_HEADERS = [
  'Content-Type',
  'Accept',
  'Authorization',
  'If-Match',
  'X-Mock-User',
  'X-Unique-Identifier-Key',
  'X-Unique-Identifier-Value',
  'X-Upsert',
];
/** Response headers a page may read beyond the CORS-safelisted ones. */
export const EXPOSED_HEADERS = 'ETag, Content-Disposition';

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** `scheme://host[:port]` of an origin string, or null if it is not one (e.g. "null", a path). */
export function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
    return url.origin.toLowerCase();
  } catch {
    return null;
  }
}

/** The policy from the environment (MOCK_ALLOWED_ORIGINS, MOCK_ALLOWED_HOSTS: comma-separated). */
export function policyFromEnv(env: Record<string, string | undefined>): ServerPolicy {
  const origins = list(env.MOCK_ALLOWED_ORIGINS);
  const hosts = list(env.MOCK_ALLOWED_HOSTS);
  const bad = origins.filter((o) => o !== '*' && !normaliseOrigin(o));
  if (bad.length) throw new Error(`MOCK_ALLOWED_ORIGINS: not an origin (scheme://host[:port]): ${bad.join(', ')}`);
  return {
    origins: new Set(origins.filter((o) => o !== '*').map((o) => normaliseOrigin(o) ?? o)),
    anyOrigin: origins.includes('*'),
    hosts: new Set(hosts.filter((h) => h !== '*')),
    anyHost: hosts.includes('*'),
  };
}

/** Split `name[:port]` (IPv6 in brackets); null when it is not that shape. */
function splitHost(host: string): { name: string; port: string } | null {
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  return m ? { name: (m[1] ?? '').toLowerCase(), port: m[2] ?? '' } : null;
}

export function isLoopbackOrigin(origin: string): boolean {
  const o = normaliseOrigin(origin);
  return !!o && LOOPBACK_NAMES.has(new URL(o).hostname);
}

/** Is the Host header one this server answers (a loopback name, or one configured)? */
export function isAllowedHost(host: string | undefined, policy: ServerPolicy): boolean {
  if (policy.anyHost) return true;
  const parts = host ? splitHost(host) : null;
  if (!parts) return false;
  if (LOOPBACK_NAMES.has(parts.name)) return true;
  return policy.hosts.has(parts.name) || (!!parts.port && policy.hosts.has(`${parts.name}:${parts.port}`));
}

/** Is this Origin allowed (loopback, configured, or the server's own origin as the Host names it)? */
export function isAllowedOrigin(origin: string, policy: ServerPolicy, host?: string): boolean {
  const o = normaliseOrigin(origin);
  if (!o) return false;
  if (policy.anyOrigin || isLoopbackOrigin(o) || policy.origins.has(o)) return true;
  // A page served by this server itself (under a configured host name) is same-origin.
  return !!host && new URL(o).host === host.trim().toLowerCase();
}

const forbidden = (message: string): Decision['refusal'] => ({ status: 403, body: { code: ErrorCode.forbidden, message } });

/** A token list of header names (what a preflight may ask for), anything else dropped. */
function requestedHeaders(value: string | undefined): string[] {
  return list(value).filter((h) => /^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(h));
}

/** What to do with one request: refuse it, answer its preflight, or pass it on (with headers). */
export function decide(req: RequestFacts, policy: ServerPolicy): Decision {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (!isAllowedHost(req.host, policy)) {
    return {
      headers,
      refusal: forbidden(
        `This mock server only answers requests addressed to localhost, 127.0.0.1 or [::1] (Host "${req.host ?? ''}" is not allowed; see MOCK_ALLOWED_HOSTS).`,
      ),
    };
  }
  if (req.origin === undefined) {
    // Not a cross-origin browser request: nothing to answer for CORS.
    return req.method === 'OPTIONS' ? { headers, preflight: true } : { headers };
  }
  if (!isAllowedOrigin(req.origin, policy, req.host)) {
    return {
      headers,
      refusal: forbidden(`Requests from the origin "${req.origin}" are not allowed; see MOCK_ALLOWED_ORIGINS.`),
    };
  }
  headers['Access-Control-Allow-Origin'] = req.origin;
  headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
  if (req.method !== 'OPTIONS') return { headers };
  const allowed = new Map(ALLOWED_HEADERS.map((h) => [h.toLowerCase(), h]));
  for (const h of requestedHeaders(req.requestHeaders)) if (!allowed.has(h)) allowed.set(h, h);
  headers['Access-Control-Allow-Methods'] = ALLOWED_METHODS;
  headers['Access-Control-Allow-Headers'] = [...allowed.values()].join(', ');
  headers['Access-Control-Max-Age'] = '600';
  if (req.requestPrivateNetwork === 'true') headers['Access-Control-Allow-Private-Network'] = 'true';
  return { headers, preflight: true };
}
