/**
 * The OpenAPI document is well-formed OpenAPI 3.1 in the ways that matter to its readers and
 * tools (kept light: no full meta-schema): refs resolve, operations answer, path parameters
 * are declared, examples fit their schemas, and the committed public/openapi.json is current.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContractCheck } from '../../../mocks/openapi-check';
import { endpoints } from '../endpoints';
import { buildOpenApiDocument, serializeOpenApiDocument } from './document';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument();
const METHODS = ['get', 'put', 'post', 'delete'];

function* walk(value: unknown, at = '#'): Generator<[string, Json]> {
  if (!value || typeof value !== 'object') return;
  if (!Array.isArray(value)) yield [at, value as Json];
  for (const [k, v] of Object.entries(value)) yield* walk(v, `${at}/${k}`);
}

function resolvePointer(ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), doc);
}

const operations = Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Json })));

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, servers, paths and components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toMatchObject({ info: { title: expect.any(String), version: expect.any(String) }, servers: [{ url: '/api/v3' }] });
    expect(operations.length).toBe(endpoints.length);
  });

  it('resolves every $ref', () => {
    const broken = [...walk(doc)].filter(([, node]) => typeof node.$ref === 'string').filter(([, node]) => resolvePointer(node.$ref as string) === undefined);
    expect(broken.map(([at, node]) => `${at}: ${String(node.$ref)}`)).toEqual([]);
  });

  it('gives every operation a unique id, a tag, a success answer and its error answers', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set((doc.tags as { name: string }[]).map((t) => t.name));
    for (const { path, method, op } of operations) {
      const responses = Object.keys(op.responses as Json);
      expect(
        responses.some((s) => /^2\d\d$/.test(s)),
        `${method} ${path}`,
      ).toBe(true);
      expect(responses, `${method} ${path} may always fail with 500/1000`).toContain('500');
      expect(
        (op.tags as string[]).every((t) => tags.has(t)),
        `${method} ${path}`,
      ).toBe(true);
    }
  });

  it('declares every path parameter of a template, and no other', () => {
    for (const { path, method, op } of operations) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((op.parameters as Json[] | undefined) ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort(), `${method} ${path}`).toEqual(inTemplate);
      expect(
        declared.every((p) => p.required === true),
        `${method} ${path}`,
      ).toBe(true);
    }
  });

  it('marks our extensions and the mock control API', () => {
    const ext = operations.filter((o) => o.op['x-ext'] === true).map((o) => `${o.method} ${o.path}`);
    expect(ext).toEqual(
      expect.arrayContaining(['post /contacts/merge', 'post /contacts/bulk', 'get /contacts/{contact_id}/statement', 'get /outbox', 'post /__mock/reset']),
    );
    expect(ext).not.toContain('get /contacts');
    const mock = Object.entries(doc.paths).filter(([p]) => p.startsWith('/__mock'));
    expect(mock.length).toBeGreaterThan(0);
    for (const [, item] of mock) expect(item.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it("offers Zoho's form and multipart bodies beside JSON for every write", () => {
    for (const { path, method, op } of operations) {
      const body = op.requestBody as { content: Json } | undefined;
      if (!body) continue;
      const types = Object.keys(body.content);
      expect(types, `${method} ${path}`).toEqual(['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data']);
    }
  });

  it('has examples that fit their schemas', () => {
    const check = new ContractCheck(doc, { validateSchemas: true });
    const problems: string[] = [];
    for (const [at, node] of walk(doc.paths, '#/paths')) {
      const schema = node.schema as Json | undefined;
      if (!schema) continue;
      const examples: [string, unknown][] = [];
      if ('example' in node) examples.push(['example', node.example]);
      for (const [name, ex] of Object.entries((node.examples as Record<string, Json> | undefined) ?? {})) {
        examples.push([name, ex.$ref ? (resolvePointer(ex.$ref as string) as Json).value : ex.value]);
      }
      for (const [name, value] of examples) {
        const found = check.validate(schema, value);
        if (found) problems.push(`${at} ${name}:\n${found}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is built the same way twice, and public/openapi.json is current (npm run openapi)', () => {
    const text = serializeOpenApiDocument(doc);
    expect(serializeOpenApiDocument(buildOpenApiDocument())).toBe(text);
    expect(readFileSync(new URL('../../../public/openapi.json', import.meta.url), 'utf8')).toBe(text);
  });
});
