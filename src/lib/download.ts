/**
 * Fetch a file through the app's own fetch (the mock's service worker answers it only for
 * requests from this page, not for a new tab) and hand it to the browser as a download, or (a
 * PDF the app made itself) a new tab on a blob URL. A blob URL is of the app's origin: bytes
 * from elsewhere are never opened, only saved as application/octet-stream (`saveInert`).
 */
import { inertBlob } from './attachment-bytes';
import { replaceForbiddenChars } from './text';

export async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The file could not be fetched (HTTP ${res.status}).`);
  return res.blob();
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Save bytes the app did not make: an octet-stream blob through `<a download>`, never navigated to. */
export function saveInert(blob: Blob, fileName: string): void {
  saveBlob(inertBlob(blob), replaceForbiddenChars(fileName.trim()) || 'file');
}

/** Open a PDF the app rendered itself in a new tab; typed application/pdf whatever the blob said. */
export function openPdf(blob: Blob): void {
  const href = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  window.open(href, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
