import { useEffect, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { DATA_CHANGED_EVENT } from '../api/config';
import { createQueryClient } from './query-client';
import { createRouter } from './router';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  // Another tab (or the backend) changed the data: refetch what is shown, refresh the rest later.
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries();
    window.addEventListener(DATA_CHANGED_EVENT, refresh);
    return () => window.removeEventListener(DATA_CHANGED_EVENT, refresh);
  }, [queryClient]);
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
