import type { Page } from '@playwright/test';

/** Page object: the merge dialogs (names from ui-contract.md) and the API facts behind them. */
export class MergeFlow {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Merge Customers' });
  }
  get confirm() {
    return this.page.getByRole('alertdialog', { name: 'Merge customers?' });
  }
  radio(name: string) {
    return this.dialog.getByRole('radio', { name, exact: true });
  }
  get mergeInto() {
    return this.dialog.getByRole('combobox', { name: 'Merge into' });
  }
  option(name: string) {
    return this.dialog.getByRole('option', { name, exact: true });
  }
  async continue() {
    await this.dialog.getByRole('button', { name: 'Continue' }).click();
  }
  async merge() {
    await this.confirm.getByRole('button', { name: 'Merge', exact: true }).click();
  }

  /** How many invoices, payments and emails a customer has (what a merge moves). */
  async ownedBy(id: string): Promise<{ invoices: number; payments: number; emails: number }> {
    return this.page.evaluate(async (cid) => {
      const get = async (path: string, key: string) => ((await (await fetch(`/api/v3${path}`)).json()) as Record<string, unknown[]>)[key].length;
      return {
        invoices: await get(`/invoices?customer_id=${cid}`, 'invoices'),
        payments: await get(`/customerpayments?customer_id=${cid}`, 'customerpayments'),
        emails: await get(`/outbox?contact_id=${cid}`, 'emails'),
      };
    }, id);
  }

  async contact(id: string): Promise<{ status: number; contact?: { status: string; merged_into_contact_id: string; currency_code: string } }> {
    return this.page.evaluate(async (cid) => {
      const res = await fetch(`/api/v3/contacts/${cid}`);
      const json = (await res.json()) as { contact?: { status: string; merged_into_contact_id: string; currency_code: string } };
      return { status: res.status, contact: json.contact };
    }, id);
  }

  async postMerge(body: unknown): Promise<{ status: number; code: number }> {
    return this.page.evaluate(async (b) => {
      const res = await fetch('/api/v3/contacts/merge', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
      return { status: res.status, code: ((await res.json()) as { code: number }).code };
    }, body);
  }
}

/** Create a customer through the page's API (the mock answers there); returns its id. */
export async function createCustomer(page: Page, body: Record<string, unknown>): Promise<string> {
  return page.evaluate(async (b) => {
    const res = await fetch('/api/v3/contacts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
    return ((await res.json()) as { contact: { contact_id: string } }).contact.contact_id;
  }, body);
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
