/**
 * Outbox attachments are data, never pages of the app: a hostile HTML or SVG attachment (or one
 * dressed up as a PDF or a PNG) is only ever downloaded, as application/octet-stream, and its
 * script never runs on the app's origin; a real PDF and PNG still preview in the page and
 * download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, gotoReady, openWithScenario, test } from './fixtures';
import { OutboxPage, type AttachmentInput } from './pages/outbox';

const TO = 'john.smith@acme.example'; // a contact person of demo customer 1, Acme Inc.
const SCRIPT =
  "document.title='pwned';localStorage.setItem('pwned','1');sessionStorage.setItem('pwned','1');" +
  "try{parent.document.title='pwned';opener.document.title='pwned'}catch(e){}";
const HTML = `<!doctype html><title>Invoice</title><script>${SCRIPT}</script><img src="x" onerror="${SCRIPT}">`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="${SCRIPT}"><script>${SCRIPT}</script></svg>`;
/** 1×1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const file = (file_name: string, content_type: string, text: string): AttachmentInput => ({ file_name, content_type, content_base64: base64(text) });

/** A one-page PDF with a correct cross-reference table. */
function minimalPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${out}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

/** What a script of the attachment would change if it ever ran on the app's origin. */
const appState = (page: Page) =>
  page.evaluate(() => ({ title: document.title, local: { ...localStorage }, session: { ...sessionStorage }, url: location.pathname }));

/** Record the type of every blob the page turns into a URL (what a download or preview hands the browser). */
async function recordBlobTypes(page: Page) {
  await page.evaluate(() => {
    const w = window as Window & { blobTypes?: string[] };
    w.blobTypes = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) w.blobTypes?.push(obj.type);
      return create(obj);
    };
  });
  return () => page.evaluate(() => (window as Window & { blobTypes?: string[] }).blobTypes ?? []);
}

/** Pages opened in the context (a popup or new tab an attachment could run script in). */
function watchNewPages(page: Page) {
  const pages: Page[] = [];
  const onPage = (p: Page) => pages.push(p);
  page.context().on('page', onPage);
  return {
    pages,
    /** axe opens (and closes) a blank page of its own to combine frame results. */
    async ignoreDuring(run: () => Promise<void>) {
      page.context().off('page', onPage);
      try {
        await run();
      } finally {
        page.context().on('page', onPage);
      }
    },
  };
}

async function openOutboxWith(page: Page, subject: string, attachments: AttachmentInput[]) {
  await openWithScenario(page, '/outbox');
  const outbox = new OutboxPage(page);
  expect(await outbox.send('1', { to: TO, subject, attachments })).toBe(200);
  await gotoReady(page, '/outbox');
  await expect(outbox.row(subject)).toBeVisible();
  return outbox;
}

test.describe('outbox attachments', () => {
  test('a hostile HTML or SVG attachment is only downloaded, as octet-stream, and its script never runs', async ({ page }) => {
    const subject = 'Hostile files';
    const hostile = [
      file('invoice.html', 'text/html', HTML),
      file('logo.svg', 'image/svg+xml', SVG),
      file('notes.xhtml', 'application/xhtml+xml; charset=utf-8', HTML),
      // Declared as a previewable type, but the bytes are HTML: downloaded, not shown.
      file('statement.pdf', 'application/pdf', HTML),
      file('photo.png', 'image/png', HTML),
    ];
    const outbox = await openOutboxWith(page, subject, hostile);
    const popups = watchNewPages(page);
    const before = await appState(page);
    expect(before).toMatchObject({ title: 'Outbox', url: '/outbox' });
    expect(before.local).not.toHaveProperty('pwned');
    const blobTypes = await recordBlobTypes(page);

    for (const a of hostile) {
      // Opening it as a user would (its name), then the download arrow.
      const opened = await outbox.download(() => outbox.attachment(subject, a.file_name).click());
      expect(opened.suggestedFilename()).toBe(a.file_name);
      expect(readFileSync(await opened.path()).toString('base64')).toBe(a.content_base64);
      const saved = await outbox.download(() => outbox.downloadButton(subject, a.file_name).click());
      expect(saved.suggestedFilename()).toBe(a.file_name);
    }

    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await blobTypes()).toEqual(hostile.flatMap(() => ['application/octet-stream', 'application/octet-stream']));
    expect(await appState(page)).toEqual(before);
    expect(popups.pages).toEqual([]);
    expect(page.frames()).toHaveLength(1);
  });

  test('a PDF and a PNG preview inside the page and still download', async ({ page }) => {
    const subject = 'Real files';
    const pdf = file('report.pdf', 'application/pdf', minimalPdf());
    const png: AttachmentInput = { file_name: 'pixel.png', content_type: 'image/png', content_base64: PNG_BASE64 };
    const outbox = await openOutboxWith(page, subject, [pdf, png]);
    const popups = watchNewPages(page);
    const before = await appState(page);

    const name = outbox.attachment(subject, 'report.pdf');
    await name.click();
    const dialog = outbox.previewDialog('report.pdf');
    await expect(dialog).toBeVisible();
    const viewer = dialog.locator('object[type="application/pdf"]');
    await expect(viewer).toHaveAttribute('data', /^blob:/);
    // The viewer gets the bytes as a PDF, whatever the server said.
    const shown = await viewer.evaluate(async (el) => {
      const blob = await (await fetch((el as HTMLObjectElement).data)).blob();
      return { type: blob.type, head: (await blob.text()).slice(0, 5) };
    });
    expect(shown).toEqual({ type: 'application/pdf', head: '%PDF-' });
    await popups.ignoreDuring(() => expectNoSeriousA11yViolations(page));
    const fromDialog = await outbox.download(() => dialog.getByRole('button', { name: 'Download report.pdf' }).click());
    expect(fromDialog.suggestedFilename()).toBe('report.pdf');
    expect(readFileSync(await fromDialog.path()).toString('base64')).toBe(pdf.content_base64);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(name).toBeFocused();

    await outbox.attachment(subject, 'pixel.png').click();
    const image = outbox.previewDialog('pixel.png').getByRole('img', { name: 'pixel.png' });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    await page.keyboard.press('Escape');
    await expect(outbox.previewDialog('pixel.png')).toBeHidden();

    const saved = await outbox.download(() => outbox.downloadButton(subject, 'report.pdf').click());
    expect(saved.suggestedFilename()).toBe('report.pdf');
    expect(readFileSync(await saved.path()).toString('base64')).toBe(pdf.content_base64);
    expect(await appState(page)).toEqual(before);
    expect(popups.pages).toEqual([]);
  });
});
