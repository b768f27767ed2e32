/** The embedded mock's control API (designer tools, test suites). */
import { queryOptions } from '@tanstack/react-query';
import { requestKey } from '../client';
import { MOCK_CONTROL_URL } from '../config';
import { mockStateSchema, type MockConfig, type ResetInput } from '../schemas';

export const mockKeys = {
  all: ['mock'] as const,
  state: () => [...mockKeys.all, 'state'] as const,
};

export const mockQueries = {
  state: () =>
    queryOptions({
      queryKey: mockKeys.state(),
      queryFn: ({ signal }) => requestKey('/config', 'config', mockStateSchema, { base: MOCK_CONTROL_URL, signal }),
    }),
};

export const resetMock = (input: ResetInput) => requestKey('/reset', 'state', mockStateSchema, { method: 'POST', body: input, base: MOCK_CONTROL_URL });

export const updateMockConfig = (patch: Partial<MockConfig>) =>
  requestKey('/config', 'config', mockStateSchema, { method: 'PUT', body: patch, base: MOCK_CONTROL_URL });
