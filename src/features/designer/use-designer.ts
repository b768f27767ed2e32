/** Designer actions: reset or load the mock's data and change its settings, then refetch everything. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mockKeys, resetMock, updateMockConfig } from '../../api/queries/mock-control';
import { loadMockSnapshot } from '../../api/queries/mock-snapshot';
import type { MockConfig, MockState, ResetInput } from '../../api/schemas';

/**
 * After a reset or a new acting user, every cached answer may be wrong (and may belong to
 * someone the new user must not see): reset them all, so shown ones refetch from scratch.
 */
function useRefreshAll() {
  const qc = useQueryClient();
  return async (state: MockState) => {
    qc.setQueryData(mockKeys.state(), state);
    await qc.resetQueries({ predicate: (q) => q.queryKey[0] !== mockKeys.all[0] });
  };
}

export function useResetMock() {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: (input: ResetInput) => resetMock(input), onSuccess: refresh });
}

export function useUpdateMockConfig() {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: (patch: Partial<MockConfig>) => updateMockConfig(patch), onSuccess: refresh });
}

/** Load a snapshot file in place of all data, then refetch everything (as a reset does). */
export function useLoadSnapshot() {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: (file: Blob) => loadMockSnapshot(file), onSuccess: refresh });
}
