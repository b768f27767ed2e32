import type { Page } from '@playwright/test';

/** Page object: /customers/new and /customers/:id/edit. */
export class CustomerForm {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }
  async fill(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }
  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  get alert() {
    return this.page.getByRole('alert');
  }
}
