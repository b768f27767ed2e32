/**
 * What the app does with an attachment's bytes before the browser sees them: a preview only
 * when the declared type (PDF, PNG, JPEG) and the file's signature agree, with the blob's type
 * pinned to that kind so it can never be read as HTML; everything else becomes an
 * application/octet-stream blob that can only be saved.
 */
import { OCTET_STREAM, previewKindOf, type PreviewKind } from '../api/attachments';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export interface Preview {
  kind: PreviewKind;
  /** The bytes, typed as what their signature says (never text/html or SVG). */
  blob: Blob;
}

/** The file's own signature: PDF, PNG or JPEG, else null. */
export function sniffPreviewType(bytes: Uint8Array): 'application/pdf' | 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

const kindOfSniffed = (type: string): PreviewKind => (type === 'application/pdf' ? 'pdf' : 'image');

/** A preview when the declared type and the bytes agree on PDF or image; null means download only. */
export function previewOf(declaredType: string, bytes: Uint8Array<ArrayBuffer>): Preview | null {
  const declared = previewKindOf(declaredType);
  const sniffed = sniffPreviewType(bytes);
  if (!declared || !sniffed || kindOfSniffed(sniffed) !== declared) return null;
  return { kind: declared, blob: new Blob([bytes], { type: sniffed }) };
}

/** The same bytes as a blob no browser renders: saved, never shown. */
export const inertBlob = (data: Blob | Uint8Array<ArrayBuffer>): Blob => new Blob([data], { type: OCTET_STREAM });
