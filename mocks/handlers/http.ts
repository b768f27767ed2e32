/**
 * What every handler shares: the envelope, typed failures, body parsing, latency and fault
 * injection, and the acting user. Handlers stay thin: parse, call a rule, answer.
 */
import { HttpResponse, delay, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import type { z } from 'zod/mini';
import { ErrorCode, type FieldError, type User } from '../../src/api/schemas';
import { db, getConfig } from '../runtime';
import { canWrite, isWriteMethod } from '../rules/access';

/** The path prefix every API handler matches, whatever the origin. */
export const API = '*/api/v3';

/** A refusal with its HTTP status, API code and message (and field errors for 1001). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

export const fail = {
  invalid: (errors: FieldError[], message = 'Please check the highlighted fields.') =>
    new ApiFailure(400, ErrorCode.invalid, message, errors),
  notFound: (entity: string) => new ApiFailure(404, ErrorCode.notFound, `${entity} does not exist.`),
  forbidden: () =>
    new ApiFailure(403, ErrorCode.forbidden, 'You are not authorized to perform this operation.'),
  rule: (code: number, message: string, field?: string) =>
    new ApiFailure(400, code, message, field ? [{ field, message }] : undefined),
};

export function ok<T extends Record<string, unknown>>(message: string, body: T, status = 200, headers?: Record<string, string>) {
  return HttpResponse.json({ code: 0, message, ...body }, { status, headers });
}

/** Parse a zod schema, turning issues into a 1001 with one entry per field. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : 'body',
    message: i.message,
  }));
  throw fail.invalid(errors);
}

/** Read a JSON body; 1038 when it is not well-formed. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiFailure(400, ErrorCode.badJson, 'The request body is not well-formed JSON.');
  }
}

/** The acting user (from the designer settings). */
export function actingUser(): User {
  const user = db.tables.users.get(getConfig().acting_user_id) ?? db.tables.users.get('1');
  if (!user) throw new ApiFailure(500, ErrorCode.internal, 'No acting user is configured.');
  return user;
}

function errorResponse(err: unknown) {
  if (err instanceof ApiFailure) {
    return HttpResponse.json(
      { code: err.code, message: err.message, ...(err.errors ? { errors: err.errors } : {}) },
      { status: err.status },
    );
  }
  console.error('[mock] internal error', err);
  return HttpResponse.json(
    { code: ErrorCode.internal, message: 'Something went wrong on our side. Please try again.' },
    { status: 500 },
  );
}

/**
 * Wrap a resolver: add the designer's latency, fail the configured share of calls with
 * 500/1000, refuse every write of an inactive acting user (403/57, before the body is read),
 * and turn thrown failures into error envelopes.
 */
export function api<P extends PathParams>(
  resolver: HttpResponseResolver<P, DefaultBodyType>,
): HttpResponseResolver<P, DefaultBodyType> {
  return async (info) => {
    const { latency_ms, error_rate } = getConfig();
    if (latency_ms > 0) await delay(latency_ms);
    if (error_rate > 0 && Math.random() < error_rate) {
      return errorResponse(new ApiFailure(500, ErrorCode.internal, 'Injected failure (designer tools).'));
    }
    try {
      if (isWriteMethod(info.request.method) && !canWrite(actingUser())) throw fail.forbidden();
      return await resolver(info);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** Control endpoints: no latency or failures, same error envelope. */
export function control<P extends PathParams>(
  resolver: HttpResponseResolver<P, DefaultBodyType>,
): HttpResponseResolver<P, DefaultBodyType> {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export function query(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}
