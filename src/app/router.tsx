/** Routes of ui-contract.md, each page loaded lazily so the list never pays for the others. */
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';
import { t } from '../lib/i18n';

function HydrateFallback() {
  return <p className="page">{t('app.loading')}</p>;
}

const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <HydrateFallback />,
      children: [
        { index: true, element: <Navigate to="/customers" replace /> },
        { path: 'customers', lazy: page(() => import('./pages/CustomersPage')) },
        { path: 'customers/new', lazy: page(() => import('./pages/CustomerFormPage')) },
        { path: 'customers/import', lazy: page(() => import('./pages/ImportPage')) },
        { path: 'customers/:id/edit', lazy: page(() => import('./pages/CustomerFormPage')) },
        { path: 'customers/:id/:tab?', lazy: page(() => import('./pages/CustomerDetailPage')) },
        { path: 'outbox', lazy: page(() => import('./pages/OutboxPage')) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
