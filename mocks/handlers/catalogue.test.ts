/**
 * The endpoint catalogue (src/api/endpoints, from which the OpenAPI document is built) lists
 * exactly what the mock serves: every handler has its entry and every entry its handler.
 */
import { describe, expect, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import { handlers } from './index';

/** `*\/api/v3/contacts/:id/email` and `/contacts/{contact_id}/email` both → `/contacts/{}/email`. */
const shape = (path: string) =>
  path
    .replace(/^\*/, '')
    .replace(/^\/api\/v3/, '')
    .replace(/:[^/]+|\{[^}]+\}/g, '{}');

describe('the endpoint catalogue', () => {
  it('has an entry for every route the mock serves, and no other', () => {
    const served = (handlers as HttpHandler[])
      // Catch-alls (any method: a RegExp) answer what is not served; the document describes them once (NotServed).
      .filter((h) => typeof h.info.method === 'string')
      .map((h) => `${String(h.info.method).toUpperCase()} ${shape(String(h.info.path))}`)
      .sort();
    const listed = endpoints.map((e) => `${e.method.toUpperCase()} ${shape(e.path)}`).sort();
    expect(listed).toEqual(served);
  });
});
