/**
 * The mock's data as a file (designer panel): download the snapshot document, load one back,
 * list the data files that load as named scenarios. Control API only (/__mock/*).
 */
import { queryOptions } from '@tanstack/react-query';
import { ApiError, buildUrl, requestKey } from '../client';
import { MOCK_CONTROL_URL } from '../config';
import { ErrorCode, errorEnvelopeSchema, mockStateSchema, type MockState } from '../schemas';
import { scenarioFileSchema } from '../schemas/snapshot';
import { z } from 'zod/mini';
import { mockKeys } from './mock-control';

export const mockFileQueries = {
  files: () =>
    queryOptions({
      queryKey: [...mockKeys.all, 'files'] as const,
      queryFn: ({ signal }) => requestKey('/scenario-files', 'files', z.array(scenarioFileSchema), { base: MOCK_CONTROL_URL, signal }),
      staleTime: Infinity,
    }),
};

/** The whole data set (`GET /__mock/snapshot`) as a Blob, for a download; never opened on this origin. */
export async function downloadMockSnapshot(signal?: AbortSignal): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(buildUrl('/snapshot', undefined, MOCK_CONTROL_URL), { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, ErrorCode.internal, 'The server could not be reached. Check your connection and try again.');
  }
  if (!res.ok) {
    const env = errorEnvelopeSchema.safeParse(await res.json().catch(() => null));
    throw env.success
      ? new ApiError(res.status, env.data.code, env.data.message, env.data.errors)
      : new ApiError(res.status, ErrorCode.internal, `The request failed (HTTP ${res.status}).`);
  }
  // Read as bytes, then a Blob: Chromium streams `res.blob()` straight to blob storage, where
  // the e2e suite's contract check (and DevTools) cannot read the answer.
  return new Blob([await res.arrayBuffer()], { type: 'application/json' });
}

/**
 * Load a snapshot file (`POST /__mock/reset {scenario: "snapshot", data}`). The file's text is
 * wrapped as it is, never parsed here: a 100,000-customer file stays one copy in memory.
 */
export const loadMockSnapshot = (file: Blob): Promise<MockState> =>
  requestKey('/reset', 'state', mockStateSchema, {
    method: 'POST',
    body: new Blob(['{"scenario":"snapshot","data":', file, '}']),
    contentType: 'application/json',
    base: MOCK_CONTROL_URL,
  });
