import { isRouteErrorResponse, useRouteError } from 'react-router';
import { CrashPage } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';

/** Errors thrown while routing or rendering a route. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashPage error={error} />;
}
