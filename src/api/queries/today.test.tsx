// @vitest-environment jsdom
/** The app's today: the mock's clock in the demo (from its config), the real date otherwise. */
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { MockState } from '../schemas';
import { localToday } from '../../lib/periods';
import { mockKeys } from './mock-control';
import { fetchToday, useClock } from './today';

const state = (today: string | null): MockState => ({
  scenario: 'demo',
  size: 0,
  seed: 42,
  latency_ms: 0,
  error_rate: 0,
  acting_user_id: '1',
  today,
  faults: [],
});

function withConfig(today: string | null) {
  const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  qc.setQueryData(mockKeys.state(), state(today));
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={qc}>{children}</QueryClientProvider>;
  return { qc, wrapper };
}

describe('useClock and fetchToday', () => {
  afterEach(cleanup);

  it("take the mock's today in the demo", async () => {
    const { qc, wrapper } = withConfig('2027-02-10');
    expect(renderHook(() => useClock(true), { wrapper }).result.current).toEqual({ today: '2027-02-10', ready: true });
    expect(await fetchToday(qc, true)).toBe('2027-02-10');
  });

  it('take the real date when the mock uses it (null)', async () => {
    const { qc, wrapper } = withConfig(null);
    expect(renderHook(() => useClock(true), { wrapper }).result.current).toEqual({ today: localToday(), ready: true });
    expect(await fetchToday(qc, true)).toBe(localToday());
  });

  it('never ask the mock in a real-backend build', async () => {
    const { qc, wrapper } = withConfig('2027-02-10');
    expect(renderHook(() => useClock(false), { wrapper }).result.current).toEqual({ today: localToday(), ready: true });
    expect(await fetchToday(qc, false)).toBe(localToday());
  });
});
