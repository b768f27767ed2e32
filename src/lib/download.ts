/**
 * Fetch a file through the app's own fetch (the mock's service worker answers it only for
 * requests from this page, not for a new tab) and hand it to the browser as a download or a
 * new tab on a blob URL.
 */
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

export function openBlob(blob: Blob): void {
  const href = URL.createObjectURL(blob);
  window.open(href, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
