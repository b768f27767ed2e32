/** POST /contacts/merge: the given customers merge into the master. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateCustomers } from './bulk-mutations';
import { contactCall } from './contact-mutations';
import { contactKeys } from './contacts';
import { outboxKeys, transactionKeys } from './transactions';

export interface MergeInput {
  master_contact_id: string;
  contact_ids: string[];
}

/** Merge: transactions, mail and history move, so those caches are stale too. */
export function useMergeContacts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeInput) => contactCall('/contacts/merge', 'POST', input),
    onSuccess: async ({ contact }) => {
      qc.setQueryData(contactKeys.detail(contact.contact_id), contact);
      await Promise.all([invalidateCustomers(qc), qc.invalidateQueries({ queryKey: transactionKeys.all }), qc.invalidateQueries({ queryKey: outboxKeys.all })]);
    },
  });
}
