/**
 * Test fixtures: every test starts the app on a seeded scenario through the mock control API,
 * which the app's own service worker serves (so calls go through the page, not Node).
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface ResetOptions {
  scenario?: 'empty' | 'demo' | 'large' | 'japanese';
  size?: number;
  seed?: number;
}

/** Call the mock control API from inside the page (the service worker answers it). */
export async function mockControl(page: Page, method: 'POST' | 'PUT' | 'GET', path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(`/__mock${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

/**
 * Go to a path and wait until the app (and so its mock) is running: before that, the page's
 * requests are not answered by the mock yet.
 */
export async function gotoReady(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Designer tools' })).toBeVisible();
}

/** Open the app, reset the data to a scenario, and load `path` so the UI starts clean. */
export async function openWithScenario(page: Page, path: string, opts: ResetOptions = {}) {
  await gotoReady(page, '/outbox');
  const r = await mockControl(page, 'POST', '/reset', { scenario: 'demo', ...opts });
  expect(r.status).toBe(200);
  await gotoReady(page, path);
}

export async function actAs(page: Page, userId: string) {
  const r = await mockControl(page, 'PUT', '/config', { acting_user_id: userId });
  expect(r.status).toBe(200);
}

/** axe: no serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export const test = base;
export { expect };
