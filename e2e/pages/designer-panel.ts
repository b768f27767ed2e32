import type { Page } from '@playwright/test';

/** Page object: the Designer tools panel. */
export class DesignerPanel {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('button', { name: 'Designer tools' }).click();
    return this.dialog;
  }
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Designer tools' });
  }
  async resetTo(scenario: string, size?: string) {
    await this.dialog.getByLabel('Scenario').selectOption(scenario);
    if (size) await this.dialog.getByLabel('Number of customers').selectOption(size);
    await this.dialog.getByRole('button', { name: 'Reset data' }).click();
  }
  async actAs(name: RegExp | string) {
    await this.dialog.getByLabel('Acting user').selectOption({ label: typeof name === 'string' ? name : undefined });
  }
  /** Set the mock's clock ('' for the real date) and apply it with the other settings. */
  async setToday(iso: string) {
    await this.dialog.getByLabel('Today', { exact: true }).fill(iso);
    await this.apply();
  }
  get faults() {
    return this.dialog.getByRole('group', { name: 'Faults' });
  }
  /** Add a scripted fault row (the Nth, from 1) and fill it in; Apply saves it. */
  async addFault(n: number, rule: { method: string; path: string; status: string; times: string }) {
    await this.faults.getByRole('button', { name: 'Add fault' }).click();
    const row = this.faults.getByRole('group', { name: `Fault ${n}` });
    await row.getByRole('combobox', { name: 'Method' }).selectOption(rule.method);
    await row.getByRole('textbox', { name: 'Path' }).fill(rule.path);
    await row.getByRole('textbox', { name: 'Status' }).fill(rule.status);
    await row.getByRole('textbox', { name: 'Times' }).fill(rule.times);
    return row;
  }
  async apply() {
    await this.dialog.getByRole('button', { name: 'Apply settings' }).click();
  }
  async close() {
    await this.page.keyboard.press('Escape');
  }
}
