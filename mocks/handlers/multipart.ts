/**
 * A small multipart/form-data parser (RFC 7578) for Zoho's body form: a `JSONString` part
 * beside `attachments` files. Ours rather than `Response.formData()` because undici (Node,
 * hence the standalone server and the tests) refuses a part header written
 * `name="attachments";filename="a.txt"` (no space after `;`), which Zoho accepts, and because
 * one parser answers the same in the browser and in Node.
 *
 * Bounded: the body has already been read within its limit (http.ts `readBody`); here at most
 * MAX_PARTS parts with at most MAX_PART_HEADER_BYTES of headers each, one pass over the bytes.
 */

export const MAX_PARTS = 100;
export const MAX_PART_HEADER_BYTES = 8 * 1024;
/** RFC 2046: a boundary is 1 to 70 characters. */
const MAX_BOUNDARY = 70;

export interface FormPart {
  /** The `name` of its Content-Disposition. */
  name: string;
  /** Present for a file part (even when empty: `filename=""`). */
  filename?: string;
  /** The part's Content-Type, as sent ('' when it has none). */
  contentType: string;
  data: Uint8Array;
}

/** A body that is not well-formed multipart; the caller words the refusal. */
export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

const utf8 = new TextDecoder();
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const CRLF = ascii('\r\n');
const HEADER_END = ascii('\r\n\r\n');

/** `needle` in `hay` from `from` on (-1 when absent): the native byte scan finds candidates. */
function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const n = needle.length;
  const last = hay.length - n;
  for (let i = hay.indexOf(needle[0], from); i !== -1 && i <= last; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/**
 * `type; a=1;b="x; y"` → the type and its parameters (names lower-cased, quoted values
 * unescaped). Whitespace around `;` and `=` is optional, as Zoho takes it.
 */
export function parseHeaderValue(value: string): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  let i = value.indexOf(';');
  const type = (i === -1 ? value : value.slice(0, i)).trim().toLowerCase();
  while (i !== -1 && i < value.length) {
    i++; // past ';'
    const eq = value.indexOf('=', i);
    const semi = value.indexOf(';', i);
    if (eq === -1 || (semi !== -1 && semi < eq)) {
      i = semi; // a parameter without a value: skipped
      continue;
    }
    const name = value.slice(i, eq).trim().toLowerCase();
    let j = eq + 1;
    while (value[j] === ' ' || value[j] === '\t') j++;
    let v = '';
    if (value[j] === '"') {
      j++;
      while (j < value.length && value[j] !== '"') {
        if (value[j] === '\\' && j + 1 < value.length) j++;
        v += value[j++];
      }
      j++; // past the closing quote
      const next = value.indexOf(';', j);
      i = next;
    } else {
      const end = value.indexOf(';', j);
      v = (end === -1 ? value.slice(j) : value.slice(j, end)).trim();
      i = end;
    }
    if (name && !params.has(name)) params.set(name, v);
  }
  return { type, params };
}

/** RFC 5987 `filename*=UTF-8''%E8%AB%8B.pdf`; undefined when it cannot be decoded. */
function extendedValue(v: string | undefined): string | undefined {
  const m = v ? /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(v) : null;
  if (!m || m[1].toLowerCase() !== 'utf-8') return undefined;
  try {
    return decodeURIComponent(m[2]);
  } catch {
    return undefined;
  }
}

/** The boundary of a `multipart/form-data` Content-Type; MultipartError without a usable one. */
export function boundaryOf(contentType: string): string {
  const boundary = parseHeaderValue(contentType).params.get('boundary') ?? '';
  if (!boundary || boundary.length > MAX_BOUNDARY || /[^\x20-\x7e]/.test(boundary)) {
    throw new MultipartError('The multipart body has no usable boundary.');
  }
  return boundary;
}

function parsePartHeaders(block: Uint8Array): FormPart {
  let disposition: string | undefined;
  let contentType = '';
  for (const line of utf8.decode(block).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError('A multipart part has a malformed header line.');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-disposition') disposition = value;
    else if (name === 'content-type') contentType = value;
  }
  if (disposition === undefined) throw new MultipartError('A multipart part has no Content-Disposition.');
  const { type, params } = parseHeaderValue(disposition);
  const name = params.get('name');
  if (type !== 'form-data' || name === undefined) throw new MultipartError('A multipart part is not a named form-data part.');
  const filename = extendedValue(params.get('filename*')) ?? params.get('filename');
  return { name, filename, contentType, data: new Uint8Array(0) };
}

/** Every part of a multipart body, in order; MultipartError when it is not well-formed. */
export function parseMultipart(bytes: Uint8Array, boundary: string): FormPart[] {
  const delimiter = ascii(`--${boundary}`);
  const next = ascii(`\r\n--${boundary}`);
  const parts: FormPart[] = [];
  // The first delimiter opens the body or follows a preamble's line break.
  const opening = indexOf(bytes.subarray(0, delimiter.length), delimiter, 0) === 0 ? 0 : indexOf(bytes, next, 0);
  if (opening === -1) throw new MultipartError('The multipart body has no opening boundary.');
  let at = opening === 0 ? 0 : opening + 2;
  for (;;) {
    let p = at + delimiter.length;
    if (bytes[p] === 0x2d && bytes[p + 1] === 0x2d) return parts; // `--`: the closing delimiter
    while (bytes[p] === 0x20 || bytes[p] === 0x09) p++; // transport padding
    if (bytes[p] !== CRLF[0] || bytes[p + 1] !== CRLF[1]) throw new MultipartError('A multipart boundary line is malformed.');
    p += 2;
    if (parts.length === MAX_PARTS) throw new MultipartError(`A multipart body can have at most ${MAX_PARTS} parts.`);
    // No header at all (an immediate blank line) is as malformed as no Content-Disposition.
    const headerEnd = indexOf(bytes.subarray(0, Math.min(bytes.length, p + MAX_PART_HEADER_BYTES)), HEADER_END, p - 2);
    if (headerEnd === -1) throw new MultipartError('A multipart part has unterminated or oversized headers.');
    if (headerEnd < p) throw new MultipartError('A multipart part has no Content-Disposition.');
    const part = parsePartHeaders(bytes.subarray(p, headerEnd));
    const start = headerEnd + HEADER_END.length;
    const end = indexOf(bytes, next, start);
    if (end === -1) throw new MultipartError('The multipart body has no closing boundary.');
    part.data = bytes.subarray(start, end);
    parts.push(part);
    at = end + 2;
  }
}

/** A text part's value (UTF-8). */
export const textOf = (part: FormPart): string => utf8.decode(part.data);
