/**
 * The mock backend in the browser: restore the saved data from IndexedDB first (so the first
 * request already sees it), then let the service worker route /api/v3 and /__mock to the
 * handlers. Loaded with a dynamic import only when mocking is on, so it never ships otherwise.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { hydrate } from './db/persistence';
import { db } from './runtime';
import { DATA_CHANGED_EVENT } from '../src/api/config';
import { warmSearchKeys } from './db/contact-index';

const whenIdle = (step: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 1_000 }) : setTimeout(step, 20));

export async function startMockWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('The mock backend needs service workers, which this page cannot use. Open it over https or on localhost/127.0.0.1.');
  }
  const worker = setupWorker(...handlers);
  // Restoring the data (regenerating up to 100,000 customers) and registering the service worker
  // run side by side; the app renders, and so sends its first request, only when both are done.
  const hydrated = hydrate(() => window.dispatchEvent(new Event(DATA_CHANGED_EVENT))).then(() => performance.mark('mock:hydrated'));
  try {
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      'The mock backend could not start because the browser refused to register its service worker ' +
        `(${reason.trim()}). Service workers must be allowed (in Playwright: serviceWorkers: 'allow') ` +
        'and the page must be served over https or from localhost.',
      { cause: err },
    );
  }
  performance.mark('mock:worker-started');
  await hydrated;
  warmSearchKeys(db, whenIdle);
}
