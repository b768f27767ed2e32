/**
 * Open the browser's print dialog on a PDF: load it in a hidden iframe from a blob URL (same
 * origin, so the page may call print() on it) and print that frame. Resolves once the dialog
 * has been asked for; if the browser cannot print a PDF frame, the PDF opens in a new tab
 * for printing from there. Only one print frame exists at a time: Chromium's PDF viewer can
 * crash the tab when a second one prints while the first is still loaded.
 */
let current: { frame: HTMLIFrameElement; url: string; timer: ReturnType<typeof setTimeout> } | null = null;

function removeCurrent(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.frame.remove();
  URL.revokeObjectURL(current.url);
  current = null;
}

export function printPdf(blob: Blob): Promise<void> {
  removeCurrent();
  const url = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  frame.title = 'PDF to print';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0' });
  // The dialog is modal for the frame, not for us: keep the frame a while (or until the next
  // print) so the print job still has its document.
  const entry = { frame, url, timer: setTimeout(() => current?.frame === frame && removeCurrent(), 120_000) };
  current = entry;
  return new Promise<void>((resolve) => {
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
      } catch {
        window.open(url, '_blank', 'noopener');
      }
      resolve();
    };
    document.body.append(frame);
    frame.src = url;
  });
}
