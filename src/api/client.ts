/**
 * The one HTTP client: builds URLs on the configured base, sends any body (a plain value as
 * JSON; FormData, Blob, bytes or a string as they are), unwraps the `{code, message, ...}`
 * envelope and turns error envelopes into `ApiError`s.
 */
import type { z } from 'zod/mini';
import { API_BASE_URL } from './config';
import { ErrorCode, errorEnvelopeSchema, type FieldError } from './schemas/common';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors: FieldError[] = [],
    /** The error answer's whole body, for callers that read more than the envelope. */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The message for one field, when the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

export type QueryValue = string | number | boolean | undefined | null;

/** Sent as they are; anything else is sent as JSON. */
export type RawBody = string | Blob | FormData | URLSearchParams | ArrayBuffer | ArrayBufferView;

const isRawBody = (b: unknown): b is RawBody =>
  typeof b === 'string' || b instanceof Blob || b instanceof FormData || b instanceof URLSearchParams || b instanceof ArrayBuffer || ArrayBuffer.isView(b);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** A JSON value (object, array, ...) or a raw body. */
  body?: unknown;
  /** Content-Type of a raw body; without it the browser picks one (FormData, Blob, string). */
  contentType?: string;
  signal?: AbortSignal;
  /** Base URL override (the mock control API lives outside /api/v3). */
  base?: string;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>, base = API_BASE_URL): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

function encodeBody(body: unknown, contentType?: string): { body?: BodyInit; headers: Record<string, string> } {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body === undefined) return { headers };
  if (isRawBody(body)) {
    if (contentType) headers['Content-Type'] = contentType;
    return { body: body as BodyInit, headers };
  }
  headers['Content-Type'] = 'application/json';
  return { body: JSON.stringify(body), headers };
}

/** Send a request and return the whole success envelope. */
export async function request<T = Record<string, unknown>>(path: string, opts: RequestOptions = {}): Promise<T & { message: string }> {
  const { method = 'GET', query, body, contentType, signal, base } = opts;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query, base), { method, signal, ...encodeBody(body, contentType) });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, ErrorCode.internal, 'The server could not be reached. Check your connection and try again.');
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ApiError(res.status, ErrorCode.internal, `The server sent an unreadable response (HTTP ${res.status}).`);
  }
  if (!res.ok) {
    const env = errorEnvelopeSchema.safeParse(json);
    if (env.success) throw new ApiError(res.status, env.data.code, env.data.message, env.data.errors, json);
    throw new ApiError(res.status, ErrorCode.internal, `The request failed (HTTP ${res.status}).`, [], json);
  }
  return json as T & { message: string };
}

/** Send a request and parse one key of the envelope with a schema. */
export async function requestKey<S extends z.ZodMiniType>(path: string, key: string, schema: S, opts: RequestOptions = {}): Promise<z.output<S>> {
  const env = await request<Record<string, unknown>>(path, opts);
  return schema.parse(env[key]);
}
