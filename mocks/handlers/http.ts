/**
 * What every handler shares: the envelope, the one place a thrown RuleFailure becomes an error
 * answer, body reading, latency and fault injection, and the acting user. Handlers stay thin:
 * parse (rules/failure.ts `parseOrRefuse`), call a rule, answer.
 */
import { HttpResponse, delay, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import { MAX_BODY_BYTES } from '../../src/api/limits';
import { ErrorCode, type User } from '../../src/api/schemas';
import { db, getConfig } from '../runtime';
import { canWrite, isWriteMethod } from '../rules/access';
import { RuleFailure, refuse } from '../rules/failure';

/** The path prefix every API handler matches, whatever the origin. */
export const API = '*/api/v3';

export function ok<T extends Record<string, unknown>>(message: string, body: T, status = 200, headers?: Record<string, string>) {
  return HttpResponse.json({ code: 0, message, ...body }, { status, headers });
}

/** How much of an oversize body is still read (and dropped) so the client gets its 413. */
export const DISCARD_LIMIT = 16 * 1024 * 1024;

/**
 * Read what is left of a body without keeping it: over HTTP, cancelling the stream resets the
 * connection and the client never reads the 413. A body far past any limit is cut off.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    dropped += value.byteLength;
    if (dropped > DISCARD_LIMIT) {
      reader.cancel().catch(() => undefined);
      return;
    }
  }
}

/**
 * The body's bytes, at most `maxBytes` of them (api.md "Limits"): a declared Content-Length
 * over the limit is refused before anything is read, and a body without one (or lying about
 * it) is counted while it streams in and not kept past the limit. Every handler
 * reads its body through this (readJson, readFormData), never `request.text()` and the like.
 */
export async function readBody(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length')?.trim();
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw refuse.tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await discardRest(reader);
      throw refuse.tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/** Read a JSON body (≤ `maxBytes`, else 413/1040); 1038 when it is not well-formed. */
export async function readJson(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  const text = new TextDecoder().decode(await readBody(request, maxBytes));
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw refuse.badJson();
  }
}

/**
 * Read a multipart (or form-urlencoded) body as FormData, within the same limit: the bytes
 * are read through `readBody` first, then parsed. Throws 413/1040, or whatever FormData
 * parsing throws for a malformed body (the caller words that refusal).
 */
export async function readFormData(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<FormData> {
  const bytes = await readBody(request, maxBytes);
  const headers = new Headers();
  const type = request.headers.get('content-type');
  if (type) headers.set('content-type', type);
  return new Response(bytes, { headers }).formData();
}

/** The acting user (from the designer settings). */
export function actingUser(): User {
  const user = db.tables.users.get(getConfig().acting_user_id) ?? db.tables.users.get('1');
  if (!user) throw refuse.internal('No acting user is configured.');
  return user;
}

function errorResponse(err: unknown) {
  if (err instanceof RuleFailure) {
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
      return errorResponse(refuse.internal('Injected failure (designer tools).'));
    }
    try {
      if (!isWriteMethod(info.request.method)) return await resolver(info);
      if (!canWrite(actingUser())) throw refuse.forbidden();
      // A write reads and checks before it transacts: all of it runs under the cross-tab lock.
      return await db.exclusive(async () => await resolver(info));
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
