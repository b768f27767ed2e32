/**
 * Page objects for outside suites, written only against the UI contract's roles and names
 * (ui-contract.md): a suite that uses these keeps working as long as the contract holds.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Wait until the app (and so its mock) is running at `path`. */
export async function openApp(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: 'Designer tools' }).waitFor();
}

/** The list page, `/customers`. */
export class CustomersPage {
  constructor(readonly page: Page) {}

  /** Open the list, optionally with its URL state (`{ view: 'overdue', q: 'acme' }`). */
  async goto(params: Record<string, string> = {}): Promise<void> {
    const qs = new URLSearchParams(params).toString();
    await openApp(this.page, `/customers${qs ? `?${qs}` : ''}`);
    await this.settled();
  }
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Customers' });
  }
  get table(): Locator {
    return this.page.getByRole('table', { name: 'Customers' });
  }
  /** The body rows (one per customer on this page). */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }
  get searchbox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search customers' });
  }
  /** A customer's display-name link. */
  link(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }
  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }
  async search(text: string): Promise<void> {
    await this.searchbox.fill(text);
    await this.settled();
  }
  async chooseView(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'View' }).selectOption({ label });
    await this.settled();
  }
  /** Display names on screen, in order. */
  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td a').allInnerTexts();
  }
  async open(name: string): Promise<void> {
    await this.link(name).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  async newCustomer(): Promise<void> {
    await this.page
      .getByRole('link', { name: 'New Customer' })
      .or(this.page.getByRole('button', { name: 'New Customer' }))
      .first()
      .click();
  }
  /** Select rows by display name (the bulk bar appears). */
  async select(...names: string[]): Promise<void> {
    for (const n of names) await this.checkbox(n).check();
  }
  /** A button of the bulk bar ("Merge", "Bulk Update"…). */
  bulkAction(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  /** The page is shown and no newer rows are on their way (also when the list is empty). */
  async settled(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('table[aria-busy="true"], [aria-busy="true"] table')).toHaveCount(0);
  }
}

/** The detail page, `/customers/:id`. */
export class CustomerPage {
  constructor(readonly page: Page) {}

  async goto(id: string, tab?: 'transactions' | 'statement' | 'history' | 'mails'): Promise<void> {
    await openApp(this.page, `/customers/${id}${tab ? `/${tab}` : ''}`);
  }
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  tab(name: 'Overview' | 'Transactions' | 'Statement' | 'History' | 'Mails'): Locator {
    return this.page.getByRole('tab', { name });
  }
  /** "More actions" → `item` ("Clone", "Merge", "Mark as Inactive"…). */
  async action(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'More actions' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
  async edit(): Promise<void> {
    await this.page
      .getByRole('link', { name: 'Edit', exact: true })
      .or(this.page.getByRole('button', { name: 'Edit', exact: true }))
      .first()
      .click();
  }
}

/** The customer form (`/customers/new`, `/customers/:id/edit`); fields by their labels. */
export class CustomerForm {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  /** Fill and save a new customer; resolves on its detail page. */
  async create(values: Record<string, string>): Promise<void> {
    await this.fill(values);
    await this.save();
    await expect(this.page.getByRole('heading', { level: 1, name: values['Display Name'] })).toBeVisible();
  }
}

/** Dialogs, toasts and alerts (every dialog is named by its title; confirmations are alertdialogs). */
export class Dialogs {
  constructor(readonly page: Page) {}

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }
  confirmation(title: string): Locator {
    return this.page.getByRole('alertdialog', { name: title });
  }
  /** A success message (the API's or a sentence saying what happened). */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
  /** A failure message. */
  alert(text?: string | RegExp): Locator {
    const alerts = this.page.getByRole('alert');
    return text ? alerts.filter({ hasText: text }) : alerts;
  }
}
