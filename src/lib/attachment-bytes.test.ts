import { describe, expect, it } from 'vitest';
import { inertBlob, previewOf, sniffPreviewType } from './attachment-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0]);
const HTML = bytes('<html><script>document.title="pwned"</script></html>');

describe('attachment previews', () => {
  it('knows PDF, PNG and JPEG by their signature only', () => {
    expect([bytes('%PDF-1.7\n'), PNG, JPEG, HTML, bytes('%PD'), new Uint8Array()].map(sniffPreviewType)).toEqual([
      'application/pdf',
      'image/png',
      'image/jpeg',
      null,
      null,
      null,
    ]);
  });

  it('previews only when the declared type and the bytes agree, with the blob type pinned', () => {
    expect(previewOf('application/pdf', bytes('%PDF-1.4 x'))).toMatchObject({ kind: 'pdf', blob: { type: 'application/pdf' } });
    expect(previewOf('image/png', JPEG)).toMatchObject({ kind: 'image', blob: { type: 'image/jpeg' } });
    expect(previewOf('IMAGE/PNG', PNG)).toMatchObject({ kind: 'image', blob: { type: 'image/png' } });
    // HTML dressed as a PDF or an image, a PDF labelled as HTML, SVG: never shown.
    expect(previewOf('application/pdf', HTML)).toBeNull();
    expect(previewOf('image/png', HTML)).toBeNull();
    expect(previewOf('text/html', bytes('%PDF-1.4'))).toBeNull();
    expect(previewOf('image/png', bytes('%PDF-1.4'))).toBeNull();
    expect(previewOf('image/svg+xml', bytes('<svg onload="alert(1)"/>'))).toBeNull();
    expect(previewOf('application/pdf\r\n', bytes('%PDF-1.4'))).toBeNull();
  });

  it('makes downloads application/octet-stream whatever they were', async () => {
    const blob = inertBlob(new Blob([HTML], { type: 'text/html' }));
    expect(blob.type).toBe('application/octet-stream');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(HTML);
  });
});
