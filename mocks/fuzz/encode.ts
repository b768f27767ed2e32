/**
 * Turning a generated body into what goes on the wire (JSON text, raw text or multipart form
 * data), with placeholders resolved, and into what the contract checks look at.
 */
import { isForm, isMultipart, isRaw, type Body, type Json, type MultipartBody } from './arbitraries';
import type { Resolver } from './resolver';

export interface Encoded {
  payload?: string | FormData;
  /** Sent as the Content-Type when set (JSON text otherwise; FormData sets its own). */
  contentType?: string;
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
    const { json, files, tight } = body.multipart;
    return { multipart: { json: json === undefined || typeof json === 'string' ? json : r.body(json), files, tight } };
  }
  if (isForm(body)) return { form: { json: r.body(body.form.json) } };
  return r.body(body);
}

const BOUNDARY = 'fuzz-boundary-0b1c';
/** A file name in a hand-written part header, escaped as browsers do (RFC 7578 §4.2). */
const headerName = (s: string) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** The multipart body written by hand, parts as FormData would, but `;filename=` without a space. */
function tightMultipart(jsonText: string | undefined, files: MultipartBody['multipart']['files']): string {
  const parts: string[] = [];
  if (jsonText !== undefined) parts.push(`Content-Disposition: form-data; name="JSONString"\r\n\r\n${jsonText}`);
  for (const f of files) {
    const type = f.type ? `\r\nContent-Type: ${f.type}` : '';
    parts.push(`Content-Disposition: form-data; name="attachments";filename="${headerName(f.name)}"${type}\r\n\r\n${'A'.repeat(f.size)}`);
  }
  return `${parts.map((p) => `--${BOUNDARY}\r\n${p}\r\n`).join('')}--${BOUNDARY}--\r\n`;
}

export function encode(body: Body | undefined): Encoded {
  if (body === undefined) return { bytes: 0, fields: undefined, text: '(none)' };
  if (isRaw(body)) return { payload: body.raw, bytes: Buffer.byteLength(body.raw), fields: undefined, text: body.raw };
  if (isForm(body)) {
    const jsonText = JSON.stringify(body.form.json);
    const payload = new URLSearchParams({ JSONString: jsonText }).toString();
    return {
      payload,
      contentType: 'application/x-www-form-urlencoded',
      bytes: Buffer.byteLength(payload),
      fields: body.form.json,
      text: `form JSONString=${jsonText}`,
    };
  }
  if (!isMultipart(body)) {
    const text = JSON.stringify(body);
    return { payload: text, bytes: Buffer.byteLength(text), fields: body, text };
  }
  const { json, files, tight } = body.multipart;
  const jsonText = json === undefined ? undefined : typeof json === 'string' ? json : JSON.stringify(json);
  let payload: string | FormData;
  let contentType: string | undefined;
  if (tight) {
    payload = tightMultipart(jsonText, files);
    contentType = `multipart/form-data; boundary=${BOUNDARY}`;
  } else {
    payload = new FormData();
    if (jsonText !== undefined) payload.append('JSONString', jsonText);
    for (const f of files) payload.append('attachments', new File([new Uint8Array(f.size).fill(65)], f.name, { type: f.type }));
  }
  const fields = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, Json>) : {};
  const listed = Array.isArray(fields.attachments) ? fields.attachments : [];
  const attachments = [...listed, ...files.map((f) => ({ file_name: f.name, content_type: f.type || 'application/octet-stream' }))];
  return {
    payload,
    contentType,
    bytes: (jsonText ? Buffer.byteLength(jsonText) : 0) + files.reduce((n, f) => n + f.size, 0),
    fields: { ...fields, attachments },
    text: `multipart${tight ? ' (;filename= without a space)' : ''} JSONString=${jsonText ?? '(none)'} files=${JSON.stringify(files)}`,
  };
}
