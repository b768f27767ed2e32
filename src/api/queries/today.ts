/**
 * "Today" for the app's own date logic (statement periods, "as of" dates): in the demo, the
 * embedded mock's clock (`GET /__mock/config` → `today`, null for the real date), so what the
 * app computes agrees with what the mock derives; a real-backend build uses the real date.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { localToday } from '../../lib/periods';
import { MOCKING_ENABLED } from '../config';
import { mockQueries } from './mock-control';

export interface Clock {
  /** YYYY-MM-DD. */
  today: string;
  /** False while the demo is still asking the mock (today is the real date meanwhile). */
  ready: boolean;
}

/** The clock; `mocking` is for tests (the build decides it otherwise). */
export function useClock(mocking: boolean = MOCKING_ENABLED): Clock {
  const state = useQuery({ ...mockQueries.state(), enabled: mocking });
  if (!mocking) return { today: localToday(), ready: true };
  // A mock that cannot be asked does not hold the app up: the real date.
  return { today: state.data?.today ?? localToday(), ready: state.isSuccess || state.isError };
}

export const useToday = (): string => useClock().today;

/** The same outside React (work that runs after a click, e.g. a PDF being made). */
export async function fetchToday(qc: QueryClient, mocking: boolean = MOCKING_ENABLED): Promise<string> {
  if (!mocking) return localToday();
  try {
    return (await qc.fetchQuery(mockQueries.state())).today ?? localToday();
  } catch {
    return localToday();
  }
}
