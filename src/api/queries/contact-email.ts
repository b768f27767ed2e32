/** POST /contacts/{id}/email: the mail lands in the outbox and in the customer's history. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../client';
import type { EmailInput } from '../schemas';
import { contactKeys } from './contacts';
import { outboxKeys } from './transactions';

export function useSendEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, input }: { contactId: string; input: EmailInput }) => {
      const env = await request(`/contacts/${contactId}/email`, { method: 'POST', body: input });
      return env.message;
    },
    onSuccess: (_message, { contactId }) => {
      void qc.invalidateQueries({ queryKey: outboxKeys.all });
      void qc.invalidateQueries({ queryKey: contactKeys.comments(contactId) });
    },
  });
}
