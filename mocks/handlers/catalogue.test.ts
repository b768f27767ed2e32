/**
 * The endpoint catalogue (src/api/endpoints, from which the OpenAPI document is built) lists
 * exactly what the mock serves: every handler has its entry and every entry its handler.
 */
import { describe, expect, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import { handlers } from './index';

/** `*\/api/v3/contacts/:id/email` and `/contacts/{contact_id}/email` both → `/contacts/{}/email`. */
const shape = (path: string) => path.replace(/^\*/, '').replace(/^\/api\/v3/, '').replace(/:[^/]+|\{[^}]+\}/g, '{}');

describe('the endpoint catalogue', () => {
  it('has an entry for every route the mock serves, and no other', () => {
    const served = (handlers as HttpHandler[])
      .map((h) => `${h.info.method.toString().toUpperCase()} ${shape(String(h.info.path))}`)
      // Catch-alls (any method) answer what is not served; the document describes them once (NotServed).
      .filter((route) => !route.startsWith('ALL '))
      .sort();
    const listed = endpoints.map((e) => `${e.method.toUpperCase()} ${shape(e.path)}`).sort();
    expect(listed).toEqual(served);
  });
});
