import { describe, expect, it } from 'vitest';
import { csvField, toCsvBytes, toCsvText } from './csv';
import type { SheetData } from './row-mapping';

const sheet: SheetData = {
  name: 'Customers',
  columns: [
    { header: 'Display Name', kind: 'text' },
    { header: 'Receivables', kind: 'money' },
    { header: 'Portal Enabled', kind: 'bool' },
    { header: 'Contract Date', kind: 'date' },
    { header: 'Created Time', kind: 'datetime' },
    { header: 'Credit Limit', kind: 'number' },
  ],
  rows: [
    ['株式会社さくら商事', 123456, true, '2024-04-01', '2024-01-15T09:30:00+09:00', 500000],
    ['Say "hi", then\nleave', 12.3, false, 'not a date', null, null],
  ],
  precisions: [0, 2],
};

describe('CSV', () => {
  it('quotes per RFC 4180 only where needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('writes CRLF records, money with its precision, ISO dates, TRUE/FALSE', () => {
    expect(toCsvText(sheet)).toBe(
      'Display Name,Receivables,Portal Enabled,Contract Date,Created Time,Credit Limit\r\n' +
        '株式会社さくら商事,123456,TRUE,2024-04-01,2024-01-15 09:30:00,500000\r\n' +
        '"Say ""hi"", then\nleave",12.30,FALSE,not a date,,\r\n',
    );
  });

  it('starts with a UTF-8 BOM and keeps Japanese intact', () => {
    const bytes = toCsvBytes(sheet);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('株式会社さくら商事');
  });
});
