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
import { boundaryOf, MultipartError, parseMultipart, textOf, type FormPart } from './multipart';
import { failureOf, FAULT_HEADER, InjectedFailure, scriptedFault } from '../faults/inject';

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
 * reads its body through this (readJson, readInput), never `request.text()` and the like.
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

const utf8 = new TextDecoder();

/** JSON text → value: blank is `{}` (no fields), malformed is 1038. */
function parseJsonText(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw refuse.badJson();
  }
}

/** A file part of a multipart body. */
export interface UploadedFile {
  /** The part's name (`attachments`). */
  field: string;
  file_name: string;
  content_type: string;
  bytes: Uint8Array;
}

export interface RequestInput {
  /** The body's fields as the JSON carried them (not yet validated). */
  fields: unknown;
  files: UploadedFile[];
}

const JSON_STRING = 'JSONString';
const noJsonString = () =>
  refuse.invalid([{ field: JSON_STRING, message: `Send the fields as JSON in a ${JSON_STRING} field.` }], 'The request body has no JSONString field.');

/** The one JSONString of a form body, or the fields of an empty form. */
function jsonStringOf(values: string[], empty: boolean): unknown {
  if (values.length === 0) {
    if (empty) return {};
    throw noJsonString();
  }
  if (values.length > 1) throw refuse.field(JSON_STRING, `Send one ${JSON_STRING} field, not ${values.length}.`);
  return parseJsonText(values[0]);
}

function fromUrlEncoded(bytes: Uint8Array): RequestInput {
  const text = utf8.decode(bytes);
  const form = new URLSearchParams(text);
  // Other fields (authtoken, organization_id, as older Zoho clients post them) are ignored.
  return { fields: jsonStringOf(form.getAll(JSON_STRING), !text.trim()), files: [] };
}

function fromMultipart(bytes: Uint8Array, contentType: string, fileFields: readonly string[]): RequestInput {
  let parts: FormPart[];
  try {
    parts = bytes.byteLength === 0 ? [] : parseMultipart(bytes, boundaryOf(contentType));
  } catch (err) {
    if (!(err instanceof MultipartError)) throw err;
    throw refuse.invalid([{ field: 'body', message: `The multipart body could not be read: ${err.message}` }]);
  }
  const json: string[] = [];
  const files: UploadedFile[] = [];
  for (const [i, part] of parts.entries()) {
    const isFile = part.filename !== undefined;
    if (part.name === JSON_STRING && !isFile) json.push(textOf(part));
    else if (fileFields.includes(part.name)) {
      if (!isFile) throw refuse.field(`${part.name}.${files.length}`, 'Attachments must be sent as files.');
      files.push({
        field: part.name,
        file_name: part.filename || `attachment-${files.length + 1}`,
        content_type: part.contentType || 'application/octet-stream',
        bytes: part.data,
      });
    } else if (isFile) {
      // A file this endpoint does not take: refused rather than dropped unseen.
      const takes = fileFields.length ? `only takes files as ${fileFields.join(', ')}` : 'takes no files';
      throw refuse.field(part.name || `part.${i}`, `This endpoint ${takes}.`);
    }
    // Other text parts (authtoken, organization_id) are ignored.
  }
  return { fields: jsonStringOf(json, parts.length === 0), files };
}

/** The media type of a request, lower-cased, without parameters. */
const mediaTypeOf = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

/**
 * A request body in any of Zoho's forms (api.md "Zoho Invoice v3 compatibility"), within
 * `maxBytes` (else 413/1040):
 * - JSON (`application/json`, and any other or no Content-Type, as before);
 * - `application/x-www-form-urlencoded` whose `JSONString` field holds the JSON;
 * - `multipart/form-data` with a `JSONString` part, and file parts named in `fileFields`
 *   (`attachments` for email); any other file part is 1001, other text parts are ignored.
 * Malformed JSON (also inside JSONString) is 1038; a non-empty form body without JSONString,
 * or with two, is 1001 naming `JSONString`; an empty body in any form is `{}`.
 * The fields are not validated here: the handler parses them with its schema
 * (rules/failure.ts `parseOrRefuse`, which also coerces Zoho's string scalars).
 */
export async function readInput(request: Request, maxBytes: number = MAX_BODY_BYTES, fileFields: readonly string[] = []): Promise<RequestInput> {
  const bytes = await readBody(request, maxBytes);
  switch (mediaTypeOf(request)) {
    case 'multipart/form-data':
      return fromMultipart(bytes, request.headers.get('content-type') ?? '', fileFields);
    case 'application/x-www-form-urlencoded':
      return fromUrlEncoded(bytes);
    default:
      return { fields: parseJsonText(utf8.decode(bytes)), files: [] };
  }
}

/**
 * The fields of a body that takes no files, in any of Zoho's forms (see `readInput`):
 * every handler reads its body through this or `readInput`.
 */
export async function readJson(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  return (await readInput(request, maxBytes)).fields;
}

/** Names the acting user of one /api/v3 request (api.md "Mock control, second wave"). */
export const MOCK_USER_HEADER = 'X-Mock-User';

/**
 * The acting user of this request: the user its X-Mock-User header names, else the designer's
 * setting. Read from the request itself (never from module state), so requests acting as
 * different users side by side never see each other's user. A header naming no user (or
 * empty) is 401/1041 for the whole call: who is asking is wrong, as with a bad credential,
 * not a field of the request (1001), and it never falls back to the designer's user.
 */
export function actingUser(request: Request): User {
  const named = request.headers.get(MOCK_USER_HEADER);
  if (named !== null) {
    const user = db.tables.users.get(named.trim());
    if (!user) throw refuse.unknownUser(named.trim());
    return user;
  }
  const user = db.tables.users.get(getConfig().acting_user_id) ?? db.tables.users.get('1');
  if (!user) throw refuse.internal('No acting user is configured.');
  return user;
}

function errorResponse(err: unknown) {
  if (err instanceof RuleFailure) {
    const headers = err instanceof InjectedFailure ? { [FAULT_HEADER]: 'scripted' } : undefined;
    return HttpResponse.json({ code: err.code, message: err.message, ...(err.errors ? { errors: err.errors } : {}) }, { status: err.status, headers });
  }
  console.error('[mock] internal error', err);
  return HttpResponse.json({ code: ErrorCode.internal, message: 'Something went wrong on our side. Please try again.' }, { status: 500 });
}

/**
 * Wrap a resolver: add the designer's latency, apply the scripted fault the call matches
 * (mocks/faults), fail the configured share of calls with 500/1000, refuse an X-Mock-User
 * naming no user (401/1041) and every write of an inactive acting user (403/57, before the
 * body is read), and turn thrown failures into error envelopes.
 */
export function api<P extends PathParams>(resolver: HttpResponseResolver<P, DefaultBodyType>): HttpResponseResolver<P, DefaultBodyType> {
  return async (info) => {
    const { latency_ms, error_rate } = getConfig();
    if (latency_ms > 0) await delay(latency_ms);
    try {
      // Consumed at match time, before anything else can interleave; one with `after_writes`
      // comes back armed, to fail inside this call's write.
      const fault = await scriptedFault(info.request);
      if (error_rate > 0 && Math.random() < error_rate) throw refuse.internal('Injected failure (designer tools).');
      const user = actingUser(info.request);
      if (!isWriteMethod(info.request.method)) return await resolver(info);
      if (!canWrite(user)) throw refuse.forbidden();
      const run = async () => await resolver(info);
      // A write reads and checks before it transacts: all of it runs under the cross-tab lock.
      return await db.exclusive(fault ? () => db.withWriteFault(fault.after_writes, () => failureOf(fault), run) : run);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** Control endpoints: no latency or failures, same error envelope. */
export function control<P extends PathParams>(resolver: HttpResponseResolver<P, DefaultBodyType>): HttpResponseResolver<P, DefaultBodyType> {
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
