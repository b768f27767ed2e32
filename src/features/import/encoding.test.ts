import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, isValidUtf8, looksBinary, previewLines } from './encoding';
import { checkFile, isWorkbook, kindOf, MAX_IMPORT_BYTES } from './file-check';

/** "山田,さくら\r\n" as Japanese Excel writes it (Shift_JIS). */
const sjis = new Uint8Array([0x8e, 0x52, 0x93, 0x63, 0x2c, 0x82, 0xb3, 0x82, 0xad, 0x82, 0xe7, 0x0d, 0x0a]);
const utf8 = new TextEncoder().encode('山田,さくら\r\n');
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);

describe('encoding detection', () => {
  it('UTF-8 (with or without BOM) and ASCII are UTF-8', () => {
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(withBom)).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('Name,Email\r\n'))).toBe('utf-8');
    expect(isValidUtf8(utf8)).toBe(true);
  });

  it('invalid UTF-8 that reads as Shift_JIS is suggested as Shift_JIS', () => {
    expect(isValidUtf8(sjis)).toBe(false);
    expect(detectEncoding(sjis)).toBe('shift_jis');
    expect(decodeText(sjis, 'shift_jis')).toBe('山田,さくら\r\n');
  });

  it('bytes that are neither stay UTF-8 (the preview shows the damage)', () => {
    const junk = new Uint8Array([0x41, 0xff, 0xfe, 0x80, 0xa0, 0x42]);
    expect(detectEncoding(junk)).toBe('utf-8');
    expect(decodeText(junk, 'utf-8')).toContain('\ufffd');
  });

  it('drops the BOM when decoding', () => {
    expect(decodeText(withBom, 'utf-8')).toBe('山田,さくら\r\n');
  });

  it('recognises binary files', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
    expect(looksBinary(utf8)).toBe(false);
    expect(looksBinary(sjis)).toBe(false);
    expect(looksBinary(new TextEncoder().encode('a\tb\r\nc\td\r\n'))).toBe(false);
  });

  it('previews the first lines', () => {
    expect(previewLines('a\r\nb\nc\rd\ne', 3)).toBe('a\nb\nc');
  });
});

describe('file checks', () => {
  it('accepts CSV, TSV, XLS, XLSX by extension, any case', () => {
    expect(kindOf('customers.CSV')).toBe('csv');
    expect(kindOf('a.b.tsv')).toBe('tsv');
    expect(kindOf('x.xls')).toBe('xls');
    expect(kindOf('x.xlsx')).toBe('xlsx');
    expect(kindOf('x.pdf')).toBeNull();
    expect(kindOf('xlsx')).toBeNull();
  });

  it('refuses the wrong type, empty files and files over 10 MB', () => {
    expect(checkFile('a.pdf', 10)).toEqual({ ok: false, problem: 'type' });
    expect(checkFile('a.csv', 0)).toEqual({ ok: false, problem: 'empty' });
    expect(checkFile('a.csv', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(checkFile('a.csv', MAX_IMPORT_BYTES)).toEqual({ ok: true, kind: 'csv' });
  });

  it('knows a workbook by its container', () => {
    expect(isWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9]))).toBe(true);
    expect(isWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
    expect(isWorkbook(new TextEncoder().encode('Name,Email'))).toBe(false);
  });
});
