import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
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
});
