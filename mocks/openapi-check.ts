/**
 * Check an API answer against the OpenAPI document (public/openapi.json, or the one built from
 * the catalogue): the operation is found by method and path template, the response by status,
 * and a JSON body is validated with Ajv (JSON Schema 2020-12, formats). Used by the API tests
 * (mocks/testing.ts) and the e2e fixture (e2e/fixtures.ts); schemas compile once, on first use.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

export interface OpenApiLike {
  servers?: { url: string }[];
  paths: Record<string, Json>;
  components: { schemas: Record<string, unknown> } & Json;
}

export interface Answer {
  method: string;
  /** The full URL or the path (with the API base: /api/v3/contacts/12). */
  url: string;
  status: number;
  contentType: string;
  /** The body as text (parsed here when the document says JSON). */
  text: string;
  /**
   * The answer carries `X-Mock-Fault`: a scripted fault of the mock made it, and it is checked
   * against `components.responses.InjectedFault` (a 4xx/5xx error envelope) instead.
   */
  injected?: boolean;
}

interface Route {
  template: string;
  regex: RegExp;
  literals: number;
  item: Json;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
const DOC_ID = 'https://customers.example/openapi.json';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function routeOf(template: string, item: Json): Route {
  const parts = template.split('/');
  const regex = new RegExp(`^${parts.map((p) => (/^\{[^}]+\}$/.test(p) ? '[^/]+' : escapeRe(p))).join('/')}$`);
  return { template, regex, literals: parts.filter((p) => p && !p.startsWith('{')).length, item };
}

function formatErrors(errors: ErrorObject[] | null | undefined, limit = 8): string {
  const list = (errors ?? []).slice(0, limit).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
        : e.keyword === 'enum' || e.keyword === 'const'
          ? ` (${JSON.stringify(e.params)})`
          : '';
    return `  ${e.instancePath || '(body)'} ${e.message ?? e.keyword}${extra}`;
  });
  const more = (errors?.length ?? 0) > limit ? `\n  … and ${(errors?.length ?? 0) - limit} more` : '';
  return list.join('\n') + more;
}

export class ContractCheck {
  private readonly ajv: Ajv2020;
  private readonly routes: Route[];
  private readonly base: string;
  private readonly compiled = new Map<string, ValidateFunction>();

  /**
   * `validateSchemas`: check the document's schemas against the JSON Schema meta-schema too
   * (the document's own test does; the per-answer checks skip it, it costs a third of a second).
   */
  constructor(
    private readonly doc: OpenApiLike,
    opts: { validateSchemas?: boolean } = {},
  ) {
    this.base = doc.servers?.[0]?.url ?? '';
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, validateSchema: opts.validateSchemas ?? false });
    addFormats(this.ajv);
    this.ajv.addVocabulary(['example', 'x-ext', 'x-mock-only', 'x-max-body-bytes']);
    // The components as one schema resource, so every $ref between them resolves.
    this.ajv.addSchema({ $id: DOC_ID, $defs: rebase(doc.components.schemas as Json, '#/$defs/') });
    this.routes = Object.entries(doc.paths).map(([t, item]) => routeOf(t, item));
  }

  /** The operation's path in the document: a mock-only path from the root, the rest under the API base. */
  private match(pathname: string): Route | undefined {
    const candidates = this.routes.filter((r) => {
      const servers = r.item.servers as { url: string }[] | undefined;
      const prefix = servers ? '' : this.base;
      return pathname.startsWith(prefix) && r.regex.test(pathname.slice(prefix.length));
    });
    // Concrete paths win over templated ones (/contacts/statements over /contacts/{contact_id}).
    return candidates.sort((a, b) => b.literals - a.literals)[0];
  }

  /** Whether the document covers this URL at all (the API base or a documented mock-only path). */
  covers(url: string): boolean {
    const { pathname } = new URL(url, 'http://localhost');
    return pathname === this.base || pathname.startsWith(`${this.base}/`) || !!this.match(pathname);
  }

  /** Null when the answer is what the document says; otherwise a readable account of why not. */
  check(a: Answer): string | null {
    const { pathname } = new URL(a.url, 'http://localhost');
    const method = a.method.toLowerCase();
    const what = `${a.method.toUpperCase()} ${pathname} → HTTP ${a.status}`;
    const route = this.match(pathname);
    if (a.injected) return this.checkInjected(what, a);
    if (!route || !(route.item[method] as Json | undefined)) {
      // Not served: the error envelope with 404 (unknown path) or 405 (known path, other method).
      const expected = route ? 405 : 404;
      if (a.status !== expected) {
        return `${what}: not in the document (no ${route ? `${method} on ${route.template}` : 'path'}), and not answered as one (HTTP ${expected} with the error envelope).`;
      }
      const notServed = (this.doc.components.responses as Record<string, Json> | undefined)?.NotServed;
      const schema = ((notServed?.content as Record<string, Json> | undefined)?.['application/json']?.schema as Json | undefined) ?? {
        $ref: '#/components/schemas/ErrorEnvelope',
      };
      return this.validateJson(what, a, 'NotServed', schema);
    }
    if (!METHODS.has(method)) return `${what}: unknown method`;
    const responses = ((route.item[method] as Json).responses ?? {}) as Record<string, Json>;
    const response = responses[String(a.status)];
    const op = `${method} ${route.template}`;
    if (!response) {
      return `${what}: ${op} does not document HTTP ${a.status} (it documents ${Object.keys(responses).join(', ')}). Body: ${a.text.slice(0, 300)}`;
    }
    const content = (response.content ?? {}) as Record<string, Json>;
    if (!content['application/json']) return null;
    const at = `${op} ${a.status}`;
    return this.validateJson(`${what} (${op})`, a, at, content['application/json'].schema as Json);
  }

  /** Validate any value against a schema of the document (an example against what it illustrates). */
  validate(schema: Json, value: unknown): string | null {
    const key = `schema ${JSON.stringify(schema)}`;
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(rebase(schema, `${DOC_ID}#/$defs/`));
      this.compiled.set(key, fn);
    }
    return fn(value) ? null : formatErrors(fn.errors);
  }

  /** A scripted fault's answer: any error status, the error envelope. */
  private checkInjected(what: string, a: Answer): string | null {
    const injected = (this.doc.components.responses as Record<string, Json> | undefined)?.InjectedFault;
    const schema = (injected?.content as Record<string, Json> | undefined)?.['application/json']?.schema as Json | undefined;
    if (!schema) return `${what}: marked as injected, but the document has no components.responses.InjectedFault.`;
    if (a.status < 400 || a.status > 599) return `${what}: marked as injected, but not an error status.`;
    return this.validateJson(what, a, 'InjectedFault', schema);
  }

  private validateJson(what: string, a: Answer, at: string, schema: Json): string | null {
    if (!/^application\/(.+\+)?json\b/i.test(a.contentType)) return `${what}: expected a JSON body, got Content-Type "${a.contentType}".`;
    let body: unknown;
    try {
      body = JSON.parse(a.text);
    } catch {
      return `${what}: the body is not JSON: ${a.text.slice(0, 200)}`;
    }
    let fn = this.compiled.get(at);
    if (!fn) {
      fn = this.ajv.compile(rebase(schema, `${DOC_ID}#/$defs/`));
      this.compiled.set(at, fn);
    }
    if (fn(body)) return null;
    return `${what}: the body does not match the document:\n${formatErrors(fn.errors)}\nBody: ${a.text.slice(0, 500)}`;
  }
}

/** A schema with the document's refs (`#/components/schemas/X`) pointed at `to` + X. */
function rebase(schema: Json, to: string): Json {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\/schemas\//g, `"${to}`)) as Json;
}
