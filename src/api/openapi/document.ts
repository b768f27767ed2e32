/**
 * The OpenAPI 3.1 document, built from the endpoint catalogue (src/api/endpoints) and the
 * contract's schemas. Pure and deterministic: the same catalogue gives the same document, key
 * for key (paths sorted, methods in a fixed order, components by name), so the committed
 * public/openapi.json can be checked for being current.
 */
import type { z } from 'zod/mini';
import { API_BASE_PATH, endpoints as catalogue, type Endpoint, type JsonResponse, type Method, type RequestBody, type Tag } from '../endpoints';
import { errorCodes, type ErrorCodeInfo } from '../error-codes';
import { ErrorCode, type ErrorCodeName } from '../schemas/common';
import * as responses from '../schemas/responses';
import { successEnvelope } from '../schemas/responses';
import { convertOne, convertRegistry, inputComponents, outputComponents, ref, type JsonSchema } from './components';
import { infoDescription, tagDescriptions } from './prose';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> } & Record<string, unknown>;
};

export const DOCUMENT_VERSION = '1.0.0';
const METHODS: Method[] = ['get', 'put', 'post', 'delete'];
const pascal = (s: string) => s.replace(/(^|[_-])(\w)/g, (_m, _sep: string, c: string) => c.toUpperCase());

/** Response payloads by the name they have in schemas/responses.ts (`contactResponse` → `ContactResponse`). */
function namedPayloads(): Map<z.ZodMiniType, string> {
  const out = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(responses)) {
    if (name.endsWith('Response') && typeof value === 'object') out.set(value as z.ZodMiniType, pascal(name));
  }
  return out;
}

interface Plan {
  /** Envelope component per payload, request body component per body schema. */
  payloadNames: Map<z.ZodMiniType, string>;
  bodyNames: Map<z.ZodMiniType, string>;
  errorBodyNames: Map<z.ZodMiniType, string>;
  schemas: Record<string, JsonSchema>;
}

function planComponents(endpoints: Endpoint[]): Plan {
  const named = namedPayloads();
  const payloadNames = new Map<z.ZodMiniType, string>();
  const output: [z.ZodMiniType, { id: string; description?: string }][] = [...outputComponents];
  for (const ep of endpoints) {
    if (ep.response.kind === 'document') {
      if (!output.some(([schema]) => schema === (ep.response as { schema: z.ZodMiniType }).schema))
        output.push([ep.response.schema, { id: ep.response.component }]);
      continue;
    }
    if (ep.response.kind === 'binary' || payloadNames.has(ep.response.payload)) continue;
    const id = named.get(ep.response.payload) ?? `${pascal(ep.operationId)}Response`;
    payloadNames.set(ep.response.payload, id);
    output.push([successEnvelope(ep.response.payload), { id, description: `The success envelope with ${describeKeys(ep.response.payload)}.` }]);
  }
  const errorBodyNames = new Map<z.ZodMiniType, string>();
  for (const ep of endpoints) {
    for (const body of Object.values(ep.errorBodies ?? {})) {
      if (!body || errorBodyNames.has(body.schema)) continue;
      errorBodyNames.set(body.schema, body.name);
      output.push([body.schema, { id: body.name }]);
    }
  }
  const bodyNames = new Map<z.ZodMiniType, string>(inputComponents.map(([s, m]) => [s, m.id]));
  const input = [...inputComponents];
  for (const ep of endpoints) {
    if (!ep.body || bodyNames.has(ep.body.schema)) continue;
    const id = `${pascal(ep.operationId)}Request`;
    bodyNames.set(ep.body.schema, id);
    input.push([ep.body.schema, { id }]);
  }
  const schemas = { ...convertRegistry(output, 'output'), ...convertRegistry(input, 'input'), ...errorCodeSchema() };
  // The envelope's `code` is one of the error codes (documented once, in ErrorCode).
  const envelope = schemas.ErrorEnvelope as { properties: Record<string, JsonSchema> };
  envelope.properties.code = ref('ErrorCode');
  return { payloadNames, bodyNames, errorBodyNames, schemas };
}

function describeKeys(payload: z.ZodMiniObject): string {
  const keys = Object.keys(payload.shape);
  return keys.length ? keys.map((k) => `\`${k}\``).join(', ') : 'nothing more';
}

/** `ErrorCode`: every code with its HTTP status and meaning. */
function errorCodeSchema(): Record<string, JsonSchema> {
  return {
    ErrorCode: {
      type: 'integer',
      description: 'Non-zero: what went wrong. Codes stay as they are: clients depend on them.',
      oneOf: Object.entries(errorCodes).map(([name, c]) => ({ const: c.code, title: name, description: `HTTP ${c.status}: ${c.meaning}` })),
    },
  };
}

/** The refusals an operation may answer: its own plus those every operation of its kind may. */
export function errorCodesOf(ep: Endpoint): ErrorCodeInfo[] {
  const names = new Set<ErrorCodeName>(['internal']);
  if (ep.body) for (const n of ['invalid', 'badJson', 'tooLarge'] as const) names.add(n);
  if (!ep.control && ep.method !== 'get') names.add('forbidden');
  if (!ep.control) names.add('unknownUser');
  for (const n of ep.errors) names.add(n);
  return [...names].map((n) => errorCodes[n]).sort((a, b) => a.status - b.status || a.code - b.code);
}

function exampleError(c: ErrorCodeInfo): Record<string, unknown> {
  if (c.code === ErrorCode.invalid) return { code: c.code, message: c.example, errors: [{ field: 'contact_name', message: 'Display name is required.' }] };
  return { code: c.code, message: c.example };
}

/** One example per error code, referenced by every operation that may answer it. */
function errorExamples(): Record<string, unknown> {
  const sorted = Object.values(errorCodes).sort((a, b) => a.code - b.code);
  return Object.fromEntries(sorted.map((c) => [`Error${c.code}`, { summary: `${c.code}: ${c.meaning}`, value: exampleError(c) }]));
}

function errorResponses(ep: Endpoint, plan: Plan): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCodeInfo[]>();
  for (const c of errorCodesOf(ep)) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c]);
  const out: Record<string, unknown> = {};
  for (const [status, codes] of byStatus) {
    const special = ep.errorBodies?.[status];
    const base = special ? ref(plan.errorBodyNames.get(special.schema) ?? special.name) : ref('ErrorEnvelope');
    const examples: Record<string, unknown> = {};
    for (const c of codes) {
      examples[`code${c.code}`] =
        special && c.code === ErrorCode.invalid
          ? { summary: `${c.code}: ${c.meaning}`, value: special.example }
          : { $ref: `#/components/examples/Error${c.code}` };
    }
    out[String(status)] = {
      description: codes.map((c) => `${c.code}: ${c.meaning}`).join(' '),
      content: {
        'application/json': {
          schema: { allOf: [base, { properties: { code: { enum: codes.map((c) => c.code) } } }] },
          examples,
        },
      },
    };
  }
  return out;
}

function parameters(ep: Endpoint): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const where of ['path', 'query', 'header'] as const) {
    const schema = ep.params?.[where];
    if (!schema) continue;
    const js = convertOne(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      const { description: own, ...rest } = prop;
      const description = [ep.params?.notes?.[name], own].filter(Boolean).join(' ');
      out.push({
        name,
        in: where,
        ...(description ? { description } : {}),
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: rest,
      });
    }
  }
  return out;
}

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

const FORMS = "JSON, or Zoho's forms: a form body or a multipart body whose `JSONString` field holds the JSON.";

/** A write's body: JSON, and Zoho's form and multipart forms carrying the same JSON in `JSONString`. */
function requestBody(body: RequestBody, plan: Plan): Record<string, unknown> {
  const schema = ref(plan.bodyNames.get(body.schema) ?? 'unknown');
  const withFiles = body.forms === 'zoho-files';
  const jsonString = {
    type: 'string',
    description: 'The same fields as the JSON body, as a JSON text.',
    contentMediaType: 'application/json',
    contentSchema: schema,
  };
  const attachments = {
    type: 'array',
    description: 'Files to attach, one part each (added to any `attachments` in the JSON).',
    items: { type: 'string', contentMediaType: 'application/octet-stream' },
  };
  return {
    description: [body.description, FORMS, `At most ${mb(body.maxBytes)} (413/1040 beyond).`].filter(Boolean).join(' '),
    required: !body.optional,
    content: {
      'application/json': { schema, example: body.example },
      'application/x-www-form-urlencoded': {
        schema: { type: 'object', properties: { JSONString: jsonString }, required: ['JSONString'] },
        example: { JSONString: JSON.stringify(body.example) },
      },
      'multipart/form-data': {
        schema: { type: 'object', properties: { JSONString: jsonString, ...(withFiles ? { attachments } : {}) }, required: ['JSONString'] },
        encoding: { JSONString: { contentType: 'text/plain' }, ...(withFiles ? { attachments: { contentType: '*/*' } } : {}) },
      },
    },
    'x-max-body-bytes': body.maxBytes,
  };
}

function headerObjects(headers: Record<string, { description: string }> | undefined): Record<string, unknown> | undefined {
  if (!headers) return undefined;
  return Object.fromEntries(Object.entries(headers).map(([name, h]) => [name, { description: h.description, schema: { type: 'string' } }]));
}

/** A JSON success answer, with `message` as its description and in its example. */
function jsonSuccess(r: JsonResponse, message: string, plan: Plan) {
  return {
    description: message,
    ...(r.headers ? { headers: headerObjects(r.headers) } : {}),
    content: {
      'application/json': {
        schema: ref(plan.payloadNames.get(r.payload) ?? 'unknown'),
        example: { code: 0, message, ...r.example },
      },
    },
  };
}

function operation(ep: Endpoint, plan: Plan): Record<string, unknown> {
  const r = ep.response;
  const success =
    r.kind === 'binary'
      ? { description: r.description, headers: headerObjects(r.headers), content: { '*/*': { schema: { description: 'The bytes of the file.' } } } }
      : r.kind === 'document'
        ? {
            description: r.description,
            ...(r.headers ? { headers: headerObjects(r.headers) } : {}),
            content: { 'application/json': { schema: ref(r.component) } },
          }
        : jsonSuccess(r, r.message, plan);
  const params = parameters(ep);
  return {
    tags: [ep.tag],
    summary: ep.summary,
    ...(ep.description ? { description: ep.description } : {}),
    operationId: ep.operationId,
    ...(params.length ? { parameters: params } : {}),
    ...(ep.body ? { requestBody: requestBody(ep.body, plan) } : {}),
    responses: {
      [String(r.status)]: success,
      ...(r.kind !== 'binary' && r.kind !== 'document' && r.also ? { [String(r.also.status)]: jsonSuccess(r, r.also.message, plan) } : {}),
      ...errorResponses(ep, plan),
    },
    ...(ep.ext ? { 'x-ext': true } : {}),
    ...(ep.control ? { 'x-mock-only': true } : {}),
  };
}

const TAGS: Tag[] = [
  'Contacts',
  'Custom views',
  'Contact actions',
  'Contact persons',
  'History',
  'Email',
  'Statements',
  'Merge, bulk and import',
  'Users',
  'Reference data',
  'Settings',
  'Templates',
  'Invoices',
  'Payments',
  'Outbox',
  'Mock control',
];

export function buildOpenApiDocument(endpoints: Endpoint[] = catalogue): OpenApiDocument {
  const plan = planComponents(endpoints);
  const byPath = new Map<string, Endpoint[]>();
  for (const ep of endpoints) byPath.set(ep.path, [...(byPath.get(ep.path) ?? []), ep]);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const p of [...byPath.keys()].sort()) {
    const eps = byPath.get(p) ?? [];
    const item: Record<string, unknown> = {};
    if (eps.some((e) => e.control)) item.servers = [{ url: '/', description: 'The mock only: the control API lives outside the API base.' }];
    for (const m of METHODS) {
      const ep = eps.find((e) => e.method === m);
      if (ep) item[m] = operation(ep, plan);
    }
    paths[p] = item;
  }
  const schemas = Object.fromEntries(
    Object.keys(plan.schemas)
      .sort()
      .map((k) => [k, plan.schemas[k]]),
  );
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Customers API (Zoho Invoice v3 style)',
      version: DOCUMENT_VERSION,
      description: infoDescription(),
    },
    servers: [{ url: API_BASE_PATH, description: 'The mock (dev server, demo build, `npm run mock:server`) or a real backend.' }],
    tags: TAGS.map((name) => ({ name, description: tagDescriptions[name] })),
    paths,
    components: {
      schemas,
      examples: errorExamples(),
      responses: {
        InjectedFault: {
          description:
            'What a scripted fault of the mock (PUT /__mock/config `faults`) answers on any /api/v3 operation: the status and code of the rule, in the error envelope, marked by `X-Mock-Fault`. Never sent by a real backend.',
          headers: { 'X-Mock-Fault': { description: 'Present on injected answers only.', schema: { type: 'string' } } },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                description: "The error envelope with the rule's own `code` (any integer, not only the documented codes).",
                properties: { code: { type: 'integer', minimum: 1 }, message: { type: 'string' } },
                required: ['code', 'message'],
              },
              example: { code: ErrorCode.internal, message: 'Injected failure (designer tools).' },
            },
          },
        },
        NotServed: {
          description: `What no operation serves, in Zoho's envelope, never a bare 404: an unknown path under /api/v3 is 404/${ErrorCode.invalidUrl}, a known path with another method 405/${ErrorCode.methodNotAllowed} with \`Allow\` listing the methods it takes.`,
          headers: { Allow: { description: 'With 405: the methods the path takes.', schema: { type: 'string' } } },
          content: {
            'application/json': {
              schema: { allOf: [ref('ErrorEnvelope'), { properties: { code: { enum: [ErrorCode.invalidUrl, ErrorCode.methodNotAllowed] } } }] },
              examples: {
                code5: { $ref: `#/components/examples/Error${ErrorCode.invalidUrl}` },
                code37: { $ref: `#/components/examples/Error${ErrorCode.methodNotAllowed}` },
              },
            },
          },
        },
      },
    },
  };
}

/** The document as committed: two-space JSON and a final newline. */
export function serializeOpenApiDocument(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
