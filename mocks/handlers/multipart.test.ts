/** The multipart parser behind Zoho's `JSONString` + `attachments` bodies. */
import { describe, expect, it } from 'vitest';
import { boundaryOf, MAX_PART_HEADER_BYTES, MAX_PARTS, MultipartError, parseHeaderValue, parseMultipart, textOf } from './multipart';

const enc = new TextEncoder();
const B = 'XyZ-42';
const part = (headers: string, body: string) => `--${B}\r\n${headers}\r\n\r\n${body}\r\n`;
const body = (...parts: string[]) => enc.encode(`${parts.join('')}--${B}--\r\n`);
const parse = (bytes: Uint8Array, boundary = B) => parseMultipart(bytes, boundary);
const summary = (bytes: Uint8Array) => parse(bytes).map((p) => [p.name, p.filename, p.contentType, textOf(p)]);

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof MultipartError) return err.message;
    throw err;
  }
  throw new Error('expected a MultipartError');
}

describe('parseMultipart', () => {
  it('takes `;filename=` with or without a space after the semicolon', () => {
    for (const sep of [';', '; ', ' ; ', ';\t']) {
      const bytes = body(
        part('Content-Disposition: form-data; name="JSONString"', '{"subject":"Hi"}'),
        part(`Content-Disposition: form-data; name="attachments"${sep}filename="a.txt"\r\nContent-Type: text/plain`, 'hello'),
      );
      expect(summary(bytes), JSON.stringify(sep)).toEqual([
        ['JSONString', undefined, '', '{"subject":"Hi"}'],
        ['attachments', 'a.txt', 'text/plain', 'hello'],
      ]);
    }
  });

  it('reads what undici and browsers write (UTF-8 names, binary data), preamble and epilogue', async () => {
    const form = new FormData();
    form.append('JSONString', '{"a":"é"}');
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    form.append('attachments', new Blob([bytes], { type: 'application/pdf' }), '請求書 "1".pdf');
    const req = new Request('http://x/', { method: 'POST', body: form });
    const raw = new Uint8Array(await req.arrayBuffer());
    const parts = parse(raw, boundaryOf(req.headers.get('content-type') ?? ''));
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['JSONString', undefined, ''],
      // undici writes a quote as %22 (RFC 7578 §4.2); it is kept as sent, as undici reads it.
      ['attachments', '請求書 %221%22.pdf', 'application/pdf'],
    ]);
    expect(textOf(parts[0])).toBe('{"a":"é"}');
    expect([...parts[1].data]).toEqual([...bytes]);

    const framed = enc.encode(`preamble\r\n${part('Content-Disposition: form-data; name="x"', '1')}--${B}--\r\nepilogue`);
    expect(summary(framed)).toEqual([['x', undefined, '', '1']]);
  });

  it('unescapes quoted values, prefers an RFC 5987 filename*, and takes a quoted boundary', () => {
    const bytes = body(
      part(`Content-Disposition: form-data; name="attachments"; filename="a\\"b.txt"`, 'x'),
      part(`Content-Disposition: FORM-DATA;NAME=attachments;filename="fallback.pdf";filename*=UTF-8''%E8%AB%8B%E6%B1%82.pdf`, 'y'),
    );
    expect(parse(bytes).map((p) => p.filename)).toEqual(['a"b.txt', '請求.pdf']);
    expect(boundaryOf(`multipart/form-data; boundary="${B}"`)).toBe(B);
    expect(boundaryOf(`multipart/form-data;boundary=${B}`)).toBe(B);
  });

  it('keeps data that merely resembles a boundary', () => {
    const tricky = `a\r\n--XyZ-4\r\n--XyZ\r\n-${B.slice(1)}`;
    expect(summary(body(part('Content-Disposition: form-data; name="f"; filename="t"', tricky)))[0][3]).toBe(tricky);
    expect(summary(body(part('Content-Disposition: form-data; name="empty"', '')))).toEqual([['empty', undefined, '', '']]);
  });

  it('refuses what is not well-formed, within bounds', () => {
    expect(refusal(() => boundaryOf('multipart/form-data'))).toMatch(/boundary/);
    expect(refusal(() => boundaryOf(`multipart/form-data; boundary=${'b'.repeat(71)}`))).toMatch(/boundary/);
    expect(refusal(() => parse(enc.encode('no boundary here')))).toMatch(/opening boundary/);
    expect(refusal(() => parse(enc.encode(`--${B}\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated`)))).toMatch(/closing boundary/);
    expect(refusal(() => parse(body(part('Content-Type: text/plain', 'x'))))).toMatch(/Content-Disposition/);
    expect(refusal(() => parse(enc.encode(`--${B}\r\n\r\nx\r\n--${B}--`)))).toMatch(/Content-Disposition/);
    expect(refusal(() => parse(body(part('Content-Disposition: attachment; name="a"', 'x'))))).toMatch(/named form-data/);
    expect(refusal(() => parse(body(part('Content-Disposition: form-data; filename="a"', 'x'))))).toMatch(/named form-data/);
    expect(refusal(() => parse(body(part('no colon', 'x'))))).toMatch(/malformed header/);
    expect(refusal(() => parse(enc.encode(`--${B}junk\r\n`)))).toMatch(/boundary line/);
    const bigHeader = `Content-Disposition: form-data; name="a"\r\nX-Pad: ${'p'.repeat(MAX_PART_HEADER_BYTES)}`;
    expect(refusal(() => parse(body(part(bigHeader, 'x'))))).toMatch(/oversized headers/);
    const many = Array.from({ length: MAX_PARTS + 1 }, (_, i) => part(`Content-Disposition: form-data; name="p${i}"`, 'x'));
    expect(refusal(() => parse(body(...many)))).toMatch(/at most/);
    expect(parse(body(...many.slice(0, MAX_PARTS)))).toHaveLength(MAX_PARTS);
  });
});

describe('parseHeaderValue', () => {
  it('splits a type from its parameters, names lower-cased, the first of a repeated name kept', () => {
    const { type, params } = parseHeaderValue('Form-Data;name="a;b" ; flag ;Name=c; filename=x.txt ');
    expect(type).toBe('form-data');
    expect(Object.fromEntries(params)).toEqual({ name: 'a;b', filename: 'x.txt' });
  });
});
