/** The embedded mock's control API (designer tools, test suites). */
import { queryOptions } from '@tanstack/react-query';
import { request } from '../client';
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
      queryFn: async ({ signal }) => {
        const env = await request<{ config: unknown }>('/config', { base: MOCK_CONTROL_URL, signal });
        return mockStateSchema.parse(env.config);
      },
    }),
};

export async function resetMock(input: ResetInput) {
  const env = await request<{ state: unknown }>('/reset', { method: 'POST', body: input, base: MOCK_CONTROL_URL });
  return mockStateSchema.parse(env.state);
}

export async function updateMockConfig(patch: Partial<MockConfig>) {
  const env = await request<{ config: unknown }>('/config', { method: 'PUT', body: patch, base: MOCK_CONTROL_URL });
  return mockStateSchema.parse(env.config);
}
