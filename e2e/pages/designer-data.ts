import type { Download, Page } from '@playwright/test';

/** Page object: the designer panel's data file controls ("Download data", "Load data"). */
export class DesignerData {
  constructor(private readonly page: Page) {}

  private get dialog() {
    return this.page.getByRole('dialog', { name: 'Designer tools' });
  }
  /** Click "Download data" and return the saved file. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Download data' }).click();
    return download;
  }
  async load(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.dialog.getByLabel('Load data').setInputFiles(file);
  }
  get error() {
    return this.dialog.getByRole('alert');
  }
}
