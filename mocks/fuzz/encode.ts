/**
 * Turning a generated body into what goes on the wire (JSON text, raw text or multipart form
 * data), with placeholders resolved, and into what the contract checks look at.
 */
import { isMultipart, isRaw, type Body, type Json } from './arbitraries';
import type { Resolver } from './resolver';

export interface Encoded {
  payload?: string | FormData;
  /** Bytes on the wire (parts and files for multipart). */
  bytes: number;
  /** The fields as the server reads them, for the limit checks (undefined for raw text). */
  fields: unknown;
  /** For failure messages. */
  text: string;
}

export function resolveBody(r: Resolver, body: Body | undefined): Body | undefined {
  if (body === undefined || isRaw(body)) return body;
  if (isMultipart(body)) {
    const { json, files } = body.multipart;
    return { multipart: { json: json === undefined || typeof json === 'string' ? json : r.body(json), files } };
  }
  return r.body(body);
}

export function encode(body: Body | undefined): Encoded {
  if (body === undefined) return { bytes: 0, fields: undefined, text: '(none)' };
  if (isRaw(body)) return { payload: body.raw, bytes: Buffer.byteLength(body.raw), fields: undefined, text: body.raw };
  if (!isMultipart(body)) {
    const text = JSON.stringify(body);
    return { payload: text, bytes: Buffer.byteLength(text), fields: body, text };
  }
  const { json, files } = body.multipart;
  const form = new FormData();
  const jsonText = json === undefined ? undefined : typeof json === 'string' ? json : JSON.stringify(json);
  if (jsonText !== undefined) form.append('JSONString', jsonText);
  for (const f of files) form.append('attachments', new File([new Uint8Array(f.size).fill(65)], f.name, { type: f.type }));
  const fields = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, Json>) : {};
  const listed = Array.isArray(fields.attachments) ? fields.attachments : [];
  const attachments = [...listed, ...files.map((f) => ({ file_name: f.name, content_type: f.type || 'application/octet-stream' }))];
  return {
    payload: form,
    bytes: (jsonText ? Buffer.byteLength(jsonText) : 0) + files.reduce((n, f) => n + f.size, 0),
    fields: { ...fields, attachments },
    text: `multipart JSONString=${jsonText ?? '(none)'} files=${JSON.stringify(files)}`,
  };
}
