/**
 * A Playwright kit for suites written outside this repository, against the demo build: import
 * `test` and `expect` from here instead of from '@playwright/test'.
 *
 * - `mock`: the mock's control API for this test's page (reset, snapshot/load, setToday, fault,
 *   actAs, configure). Every
 *   test starts on the scenario of the `scenario` option (default "demo", `test.use({ scenario:
 *   'empty' })` to change), in its own browser context: tests in parallel never share data.
 * - `customersPage`, `customerPage`, `customerForm`, `dialogs`: page objects over the UI
 *   contract's roles and names.
 */
import { test as base, expect } from '@playwright/test';
import { MockControl, type ResetOptions, type ScenarioName } from './mock';
import { CustomerForm, CustomerPage, CustomersPage, Dialogs } from './pages';

export interface KitOptions {
  /** The scenario each test starts on; `false` skips the reset (the app's saved data stays). */
  scenario: ScenarioName | ResetOptions | false;
}

export interface KitFixtures {
  mock: MockControl;
  customersPage: CustomersPage;
  customerPage: CustomerPage;
  customerForm: CustomerForm;
  dialogs: Dialogs;
}

export const test = base.extend<KitOptions & KitFixtures>({
  scenario: ['demo', { option: true }],
  mock: async ({ page, scenario }, use) => {
    const mock = new MockControl(page);
    if (scenario !== false) await mock.reset(scenario);
    await use(mock);
  },
  // The page objects take `mock` so the data is reset before the test touches the page.
  customersPage: async ({ page, mock: _mock }, use) => use(new CustomersPage(page)),
  customerPage: async ({ page, mock: _mock }, use) => use(new CustomerPage(page)),
  customerForm: async ({ page, mock: _mock }, use) => use(new CustomerForm(page)),
  dialogs: async ({ page }, use) => use(new Dialogs(page)),
});

export { expect };
export { MockControl, MockControlError, type FaultRule, type MockState, type ResetOptions, type ScenarioName, type Snapshot } from './mock';
export { CustomerForm, CustomerPage, CustomersPage, Dialogs, openApp } from './pages';
