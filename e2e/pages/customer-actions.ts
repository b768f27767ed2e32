import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Page object: the detail page's "More actions" and the dialogs they open (names from ui-contract.md). */
export class CustomerActions {
  constructor(readonly page: Page) {}

  get moreActions() {
    return this.page.getByRole('button', { name: 'More actions' });
  }
  menuItem(name: string) {
    return this.page.getByRole('menuitem', { name });
  }
  /** Open "More actions" and choose `name`. */
  async choose(name: string) {
    await this.moreActions.click();
    await this.menuItem(name).click();
  }
  /** Open the menu and return the item (for checking its state); Escape closes the menu. */
  async peek(name: string) {
    await this.moreActions.click();
    const item = this.menuItem(name);
    await expect(item).toBeVisible();
    return item;
  }
  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }
  alertDialog(name: string) {
    return this.page.getByRole('alertdialog', { name });
  }
  /** A success toast (or other status) with this text. */
  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  /** The "To" or "CC" picker of Email Customer, and one of its options by email. */
  recipients(list: 'To' | 'CC') {
    return this.dialog('Email Customer').getByRole('listbox', { name: list, exact: true });
  }
  recipient(list: 'To' | 'CC', email: string) {
    return this.recipients(list).getByRole('option', { name: email });
  }
  async openTab(name: string) {
    await this.page.getByRole('tab', { name }).click();
  }
}

export interface OutboxMail {
  email_id: string;
  contact_id: string;
  subject: string;
  to_mail_ids: string[];
  cc_mail_ids: string[];
  attachments: { file_name: string; content_type: string; size: number }[];
}

/** GET an API path through the page (the mock's service worker answers it). */
export async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await (await fetch(`/api/v3${p}`)).json()) as T, path);
}

/** The text of an outbox attachment, fetched through the page (the mock answers there) and read by pdftotext. */
export async function attachmentText(page: Page, emailId: string, index: number): Promise<string> {
  const base64 = await page.evaluate(async (url) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, `/api/v3/outbox/${emailId}/attachments/${index}`);
  const file = join(mkdtempSync(join(tmpdir(), 'outbox-')), 'attachment.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
