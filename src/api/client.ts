/**
 * The one HTTP client: builds URLs on the configured base, sends JSON, unwraps the
 * `{code, message, ...}` envelope and turns error envelopes into `ApiError`s.
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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
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

/** Send a request and return the whole success envelope. */
export async function request<T = Record<string, unknown>>(path: string, opts: RequestOptions = {}): Promise<T & { message: string }> {
  const { method = 'GET', query, body, signal, base } = opts;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query, base), {
      method,
      signal,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
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
    if (env.success) throw new ApiError(res.status, env.data.code, env.data.message, env.data.errors);
    throw new ApiError(res.status, ErrorCode.internal, `The request failed (HTTP ${res.status}).`);
  }
  return json as T & { message: string };
}

/** Send a request and parse one key of the envelope with a schema. */
export async function requestKey<S extends z.ZodMiniType>(
  path: string,
  key: string,
  schema: S,
  opts: RequestOptions = {},
): Promise<z.output<S>> {
  const env = await request<Record<string, unknown>>(path, opts);
  return schema.parse(env[key]);
}
