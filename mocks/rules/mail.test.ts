import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  attachmentHeaders,
  contentDisposition,
  decodeBase64,
  encodeBase64,
  recipientErrors,
  safeFileName,
  storeAttachments,
  unknownRecipients,
} from './mail';

const persons = [{ email: 'Ann@Acme.example' }, { email: '' }, { email: 'bob@acme.example' }];

describe('recipients', () => {
  it('accepts the persons’ addresses case-insensitively', () => {
    expect(unknownRecipients(['ann@acme.example', ' BOB@acme.example '], persons)).toEqual([]);
  });
  it('names each field with addresses outside the customer', () => {
    const errors = recipientErrors({ to_mail_ids: ['ann@acme.example', 'eve@evil.example'], cc_mail_ids: ['x@y.example'] }, persons);
    expect(errors.map((e) => e.field)).toEqual(['to_mail_ids', 'cc_mail_ids']);
    expect(errors[0].message).toContain('eve@evil.example');
  });
  it('never treats an empty person email as a match', () => {
    expect(unknownRecipients([''], persons)).toEqual(['']);
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...(decodeBase64(encodeBase64(bytes)) ?? [])]).toEqual([...bytes]);
  });
  it('tolerates whitespace and a data URL prefix, and rejects garbage', () => {
    expect([...(decodeBase64('data:text/plain;base64,aGk=\n') ?? [])]).toEqual([104, 105]);
    expect(decodeBase64('not base64!')).toBeNull();
    expect(decodeBase64('abcde')).toBeNull();
    expect(decodeBase64('a=bc')).toBeNull();
    expect([...(decodeBase64('aGk') ?? [])]).toEqual([104, 105]);
  });
});

describe('storeAttachments', () => {
  it('stores the decoded size and reports malformed files by index', () => {
    const r = storeAttachments([
      { file_name: 'a.txt', content_type: 'text/plain', content_base64: 'aGVsbG8=' },
      { file_name: 'b.txt', content_type: 'text/plain', content_base64: '%%%' },
    ]);
    expect(r.attachments).toEqual([{ file_name: 'a.txt', content_type: 'text/plain', size: 5, content_base64: 'aGVsbG8=' }]);
    expect(r.errors.map((e) => e.field)).toEqual(['attachments.1.content_base64']);
  });
  it('refuses a content type that is not a media type, by index', () => {
    const r = storeAttachments([
      { file_name: 'a.txt', content_type: 'text/plain', content_base64: 'aGk=' },
      { file_name: 'b.html', content_type: 'text/html\r\nX-Evil: 1', content_base64: 'aGk=' },
    ]);
    expect(r.attachments.map((a) => a.file_name)).toEqual(['a.txt']);
    expect(r.errors.map((e) => e.field)).toEqual(['attachments.1.content_type']);
  });
  it('refuses more than the total size', () => {
    // 'AAAA' is three zero bytes: just over the cap without encoding 10 MB first.
    const big = 'AAAA'.repeat(Math.ceil((MAX_ATTACHMENT_BYTES + 1) / 3));
    expect(storeAttachments([{ file_name: 'big.bin', content_type: 'application/octet-stream', content_base64: big }]).errors).toEqual([
      { field: 'attachments', message: expect.stringContaining('10 MB') },
    ]);
  });
});

describe('file names', () => {
  it('keeps Unicode, drops path and control characters', () => {
    expect(safeFileName('Statement_山田 商店/2026:06')).toBe('Statement_山田_商店_2026_06');
    expect(safeFileName('  ')).toBe('file');
  });
  it('builds a Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('明細.pdf')).toBe(`attachment; filename="__.pdf"; filename*=UTF-8''${encodeURIComponent('明細.pdf')}`);
  });
  it('keeps the header one line whatever the stored name holds', () => {
    expect(contentDisposition('a"b\\c%41\r\nSet-Cookie: x.txt')).toBe(
      `attachment; filename="a_b_c_41__Set-Cookie: x.txt"; filename*=UTF-8''a%22b%5Cc%2541__Set-Cookie%3A%20x.txt`,
    );
    expect(contentDisposition("it's (1)*.pdf")).toBe(`attachment; filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`);
    expect(contentDisposition('\ud83d.pdf')).toBe(`attachment; filename="_.pdf"; filename*=UTF-8''%EF%BF%BD.pdf`);
    expect(contentDisposition('invoice\u202Efdp.exe')).toBe(`attachment; filename="invoice_fdp.exe"; filename*=UTF-8''invoice_fdp.exe`);
    expect(contentDisposition(' \r\n ')).toBe(`attachment; filename="file"; filename*=UTF-8''file`);
  });
});

describe('attachmentHeaders', () => {
  it('serves every attachment inert, allow-listed types only', () => {
    expect(attachmentHeaders({ file_name: 'x.html', content_type: 'text/html' }, 3)).toEqual({
      'Content-Type': 'application/octet-stream',
      'Content-Length': '3',
      'Content-Disposition': `attachment; filename="x.html"; filename*=UTF-8''x.html`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
    });
    expect(attachmentHeaders({ file_name: 'x.pdf', content_type: 'application/pdf' }, 0)['Content-Type']).toBe('application/pdf');
    expect(attachmentHeaders({ file_name: 'x', content_type: 'text/plain\r\nX: 1' }, 0)['Content-Type']).toBe('application/octet-stream');
  });
});
