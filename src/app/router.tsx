/** Routes of ui-contract.md, each page loaded lazily so the list never pays for the others. */
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';
import { t } from '../lib/i18n';
import { lazyRoute } from '../components/lazy';

function HydrateFallback() {
  return <p className="page">{t('app.loading')}</p>;
}

type PageModule = Promise<React.ComponentType>;
const page = lazyRoute;

const pages = {
  list: () => import('./pages/CustomersPage').then((m) => m.CustomersPage),
  form: () => import('./pages/CustomerFormPage').then((m) => m.CustomerFormPage),
  import: () => import('./pages/ImportPage').then((m) => m.ImportPage),
  detail: () => import('./pages/CustomerDetailPage').then((m) => m.CustomerDetailPage),
  outbox: () => import('./pages/OutboxPage').then((m) => m.OutboxPage),
} satisfies Record<string, () => PageModule>;

/**
 * Start loading the page for this path now (main.tsx calls it while the mock restores its data),
 * so the router finds its code already there.
 */
export function preloadPage(pathname: string): void {
  const p = pathname.replace(/\/+$/, '') || '/';
  const load =
    p === '/' || p === '/customers'
      ? pages.list
      : p === '/customers/new' || /^\/customers\/[^/]+\/edit$/.test(p)
        ? pages.form
        : p === '/customers/import'
          ? pages.import
          : p.startsWith('/customers/')
            ? pages.detail
            : p === '/outbox'
              ? pages.outbox
              : null;
  void load?.().catch(() => undefined);
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <HydrateFallback />,
      children: [
        { index: true, element: <Navigate to="/customers" replace /> },
        { path: 'customers', lazy: page(pages.list, { firstLoad: true }) },
        { path: 'customers/new', lazy: page(pages.form) },
        { path: 'customers/import', lazy: page(pages.import) },
        { path: 'customers/:id/edit', lazy: page(pages.form) },
        { path: 'customers/:id/:tab?', lazy: page(pages.detail) },
        { path: 'outbox', lazy: page(pages.outbox) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
