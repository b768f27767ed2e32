/** POST /templates. Reading templates is `referenceQueries.templates(kind, document)`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestKey } from '../client';
import { templateSchema, type TemplateInput } from '../schemas';
import { referenceKeys } from './reference';

export function useCreateTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateInput) => requestKey('/templates', 'template', templateSchema, { method: 'POST', body: input }),
    onSuccess: () => qc.invalidateQueries({ queryKey: referenceKeys.templateLists() }),
  });
}
