/** POST /templates. Reading templates is `referenceQueries.templates(kind, document)`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../client';
import { templateSchema, type TemplateInput } from '../schemas';
import { referenceKeys } from './reference';

export function useCreateTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: TemplateInput) => {
      const env = await request<{ template: unknown }>('/templates', { method: 'POST', body: input });
      return templateSchema.parse(env.template);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: referenceKeys.templateLists() }),
  });
}
