/**
 * Test fixtures: every test starts the app on a seeded scenario through the mock control API,
 * which the app's own service worker serves (so calls go through the page, not Node). Every
 * /api/v3 and /__mock answer a test's pages receive is checked against the OpenAPI document
 * the demo serves (public/openapi.json); one outside it fails the test when it ends.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ContractCheck, type OpenApiLike } from '../mocks/openapi-check';
import { controlRequest } from './kit/mock';

export interface ResetOptions {
  scenario?: 'empty' | 'demo' | 'large' | 'japanese';
  size?: number;
  seed?: number;
}

/** Call the mock control API from inside the page (the service worker answers it). */
export const mockControl = controlRequest;

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

let contract: ContractCheck | undefined;
/** Compiled once per worker, lazily per operation and status. */
function contractCheck(): ContractCheck {
  contract ??= new ContractCheck(JSON.parse(readFileSync(new URL('../public/openapi.json', import.meta.url), 'utf8')) as OpenApiLike);
  return contract;
}

/** Check one answer; null when it is what the document says (or its body is gone with its page). */
async function checkAnswer(res: Response): Promise<string | null> {
  let text: string;
  try {
    text = (await res.body()).toString('utf8');
  } catch {
    return null;
  }
  const req = res.request();
  const headers = res.headers();
  const injected = 'x-mock-fault' in headers;
  return contractCheck().check({ method: req.method(), url: res.url(), status: res.status(), contentType: headers['content-type'] ?? '', text, injected });
}

export const test = base.extend<{ apiContract: void }>({
  apiContract: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const pending: Promise<string | null>[] = [];
      const onResponse = (res: Response) => {
        const url = res.url();
        if (url.startsWith(`${origin}/`) && contractCheck().covers(url)) pending.push(checkAnswer(res));
      };
      context.on('response', onResponse);
      await use();
      context.off('response', onResponse);
      const found = (await Promise.all(pending)).filter((f): f is string => f !== null);
      if (found.length) {
        const unique = [...new Set(found)];
        throw new Error(`${found.length} API answer(s) outside the OpenAPI document (public/openapi.json):\n\n${unique.slice(0, 5).join('\n\n')}`);
      }
    },
    { auto: true },
  ],
});
export { expect };
