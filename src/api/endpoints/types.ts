/**
 * The shape of one catalogue entry: everything the OpenAPI document says about an operation,
 * written with the contract's own zod schemas (src/api/schemas) so the document cannot drift
 * from what the mock parses and the client reads.
 */
import type { z } from 'zod/mini';
import type { ErrorCodeName } from '../schemas/common';

export type Method = 'get' | 'put' | 'post' | 'delete';

export type Tag =
  | 'Contacts'
  | 'Custom views'
  | 'Contact actions'
  | 'Contact persons'
  | 'History'
  | 'Email'
  | 'Statements'
  | 'Merge, bulk and import'
  | 'Users'
  | 'Reference data'
  | 'Settings'
  | 'Templates'
  | 'Invoices'
  | 'Payments'
  | 'Outbox'
  | 'Mock control';

/** How a write's fields may be sent (api.md "Zoho Invoice v3 compatibility" → Request bodies). */
export type BodyForms =
  /** JSON, or Zoho's form body / multipart body with the JSON in a `JSONString` field. */
  | 'zoho'
  /** As `zoho`, and the multipart form also carries `attachments` file parts. */
  | 'zoho-files';

export interface RequestBody {
  schema: z.ZodMiniType;
  forms: BodyForms;
  /** 413/1040 beyond this many bytes (src/api/limits.ts). */
  maxBytes: number;
  /** The body may be left out (an empty body reads as `{}`). */
  optional?: boolean;
  description?: string;
  example: unknown;
}

export interface JsonResponse {
  kind?: 'json';
  status: 200 | 201;
  /** The success `message`, as api.md words it. */
  message: string;
  /** The keys beside `code` and `message`. */
  payload: z.ZodMiniObject;
  /** The payload of a typical answer (without `code` and `message`). */
  example: Record<string, unknown>;
  /** Response headers worth knowing (`ETag`). */
  headers?: Record<string, { description: string }>;
  /** A second success with the same payload (an upsert that created: 201 and its message). */
  also?: { status: 200 | 201; message: string };
}

/** Raw bytes (an outbox attachment), not an envelope. */
export interface BinaryResponse {
  kind: 'binary';
  status: 200;
  description: string;
  headers: Record<string, { description: string }>;
}

/** A JSON document that is not an envelope (the mock's snapshot), described by a named schema. */
export interface DocumentResponse {
  kind: 'document';
  status: 200;
  description: string;
  schema: z.ZodMiniType;
  /** Its component's name in the OpenAPI document. */
  component: string;
  headers?: Record<string, { description: string }>;
}

export interface Endpoint {
  method: Method;
  /** The OpenAPI path template, under /api/v3 (or from the root for the mock control API). */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** Ours, not Zoho's (api.md *ext*): `x-ext: true`. */
  ext?: boolean;
  /** The mock control API (`/__mock/*`): served by the mock only, outside /api/v3. */
  control?: boolean;
  params?: {
    path?: z.ZodMiniObject;
    query?: z.ZodMiniObject;
    header?: z.ZodMiniObject;
    /** A sentence on a parameter beyond its schema (how it matches, what it clamps to). */
    notes?: Record<string, string>;
  };
  body?: RequestBody;
  response: JsonResponse | BinaryResponse | DocumentResponse;
  /**
   * The refusals this endpoint words beside those every endpoint may answer (the document adds
   * 1000 everywhere, 57 for /api/v3 writes, and 1001/1038/1040 where a body is read).
   */
  errors: ErrorCodeName[];
  /** An error body richer than the envelope, by HTTP status (import's invalid rows). */
  errorBodies?: Partial<Record<number, { schema: z.ZodMiniType; name: string; example: Record<string, unknown> }>>;
}
