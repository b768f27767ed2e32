/**
 * Start the embedded mock backend when this build uses it (loaded with import() so a build for
 * a real backend ships none of it), then render the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MOCKING_ENABLED } from './api/config';
import { errorText } from './lib/error-text';
import { restoreLocale, t } from './lib/i18n';
import { App } from './app/App';
import { preloadPage } from './app/router';
import './styles/base.css';

async function startMock(): Promise<void> {
  // Tested on import.meta.env directly so the bundler drops the mock from a real-backend build.
  if (import.meta.env.VITE_API_MOCKING !== 'enabled' || !MOCKING_ENABLED) return;
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker();
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
root.textContent = t('app.starting');

/** The bench's page hooks (demo build, `?bench` in the URL only). */
async function startBench(): Promise<void> {
  if (import.meta.env.VITE_API_MOCKING !== 'enabled' || !new URLSearchParams(location.search).has('bench')) return;
  const { installBench } = await import('./app/bench/install');
  installBench();
}

// The page's code loads while the mock restores its data (up to 100,000 customers).
preloadPage(location.pathname);

Promise.all([startMock(), startBench(), restoreLocale()])
  .then(() => {
    root.textContent = '';
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((err: unknown) => {
    console.error(err);
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = t('app.mockFailed', { message: errorText(err) });
    root.replaceChildren(p);
  });
