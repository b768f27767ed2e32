import { describe, expect, it } from 'vitest';
import { isValidMediaType, parseMediaType, previewKindOf, servedContentType } from './attachments';
import { attachmentInputSchema } from './schemas';

describe('media types', () => {
  it('parses type/subtype with parameters, lower-casing names and unquoting values', () => {
    expect(parseMediaType('Text/CSV; Charset="UTF-8" ;header=present;')).toEqual({
      essence: 'text/csv',
      params: [
        ['charset', 'UTF-8'],
        ['header', 'present'],
      ],
    });
    expect(parseMediaType('text/plain; name="a \\"b\\"; c"')?.params).toEqual([['name', 'a "b"; c']]);
    for (const ok of ['application/pdf', 'application/vnd.ms-excel', 'image/svg+xml', 'application/x-7z-compressed', 'a/b']) {
      expect([ok, isValidMediaType(ok)]).toEqual([ok, true]);
    }
  });

  it('refuses control characters, non-ASCII, bad names and bad parameters', () => {
    const bad = [
      '',
      'pdf',
      'text/',
      '/plain',
      '*/*',
      'text/*',
      '-x/y',
      'text/pl ain',
      'text/plain ',
      ' text/plain',
      'text/plain\r\nX-Evil: 1',
      'text/plain\n',
      'text/plain\t',
      'text/plain;\tcharset=x',
      'text/plain\u0085',
      'text/plaïn',
      'text/plain; charset',
      'text/plain; =x',
      'text/plain; a=b c',
      'text/plain; a="x',
      'text/plain; a="é"',
      'text/plain, text/html',
      `application/${'x'.repeat(127)}y`,
      `a/${'b'.repeat(260)}`,
    ];
    for (const value of bad) expect([value, isValidMediaType(value)]).toEqual([value, false]);
  });

  it('is what the request schema checks, naming content_type', () => {
    const parse = (content_type: string) => attachmentInputSchema.safeParse({ file_name: 'a', content_type, content_base64: '' });
    expect(parse('application/pdf').success).toBe(true);
    const crlf = parse('text/html\r\nX: 1');
    expect(crlf.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['content_type', 'Content type cannot contain line breaks or other control characters.'],
    ]);
    expect(parse('text html').error?.issues.map((i) => i.path.join('.'))).toEqual(['content_type']);
  });
});

describe('served content type', () => {
  it('keeps only the allow-list, text types with a token charset', () => {
    expect(servedContentType('APPLICATION/PDF; x=y')).toBe('application/pdf');
    expect(servedContentType('text/plain; charset="Shift_JIS"; format=flowed')).toBe('text/plain; charset=shift_jis');
    expect(servedContentType('text/csv; charset="a b"')).toBe('text/csv');
    expect(servedContentType('image/jpeg')).toBe('image/jpeg');
    for (const other of [
      'text/html',
      'image/svg+xml',
      'application/xhtml+xml',
      'text/xml',
      'application/javascript',
      'image/gif',
      'text/html\r\n',
      'garbage',
    ]) {
      expect([other, servedContentType(other)]).toEqual([other, 'application/octet-stream']);
    }
  });

  it('previews only PDFs, PNGs and JPEGs', () => {
    expect(['application/pdf', 'image/PNG', 'image/jpeg; q=1', 'image/svg+xml', 'text/html', 'text/plain', 'x'].map(previewKindOf)).toEqual([
      'pdf',
      'image',
      'image',
      null,
      null,
      null,
      null,
    ]);
  });
});
