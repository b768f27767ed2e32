/** GET/PUT /settings/importmappings: the acting user's saved import selections. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, requestKey } from '../client';
import { importMappingResponse, type ImportMapping, type ImportMappingInput } from '../schemas';

export const importMappingKeys = { mine: () => ['import-mapping', 'mine'] as const };

const mappingSchema = importMappingResponse.shape.import_mapping;

export const importMappingQuery = () =>
  queryOptions({
    queryKey: importMappingKeys.mine(),
    queryFn: ({ signal }) => requestKey('/settings/importmappings', 'import_mapping', mappingSchema, { signal }),
  });

export function useImportMapping() {
  return useQuery(importMappingQuery());
}

export async function putImportMapping(input: ImportMappingInput): Promise<ImportMapping | null> {
  const env = await request('/settings/importmappings', { method: 'PUT', body: input });
  return mappingSchema.parse(env.import_mapping);
}

/** Save; the next import reads the saved selections back. */
export function useSaveImportMapping() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: putImportMapping,
    onSuccess: (saved) => qc.setQueryData(importMappingKeys.mine(), saved),
  });
}
