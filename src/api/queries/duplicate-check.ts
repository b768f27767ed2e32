/**
 * GET /contacts/duplicates?contact_name=&email=&phone=&exclude_id=: the customer form's check
 * while typing. A list (its key sits under `contactKeys.lists()`), so every write that
 * refreshes lists refreshes it too.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { requestKey } from '../client';
import { duplicateCandidateSchema, type DuplicateCandidate, type DuplicateCheckQuery } from '../schemas';
import { contactKeys } from './contacts';

export type { DuplicateCandidate, DuplicateCheckQuery };

export const duplicateCheckKeys = {
  check: (q: DuplicateCheckQuery) => [...contactKeys.lists(), 'duplicate-check', q] as const,
};

/** Whether there is anything to check: blank values are ignored, by the API too. */
export const hasDuplicateCheckText = (q: DuplicateCheckQuery): boolean => [q.contact_name, q.email, q.phone].some((v) => !!v?.trim());

export const duplicateCheckQueries = {
  check: (q: DuplicateCheckQuery) =>
    queryOptions({
      queryKey: duplicateCheckKeys.check(q),
      queryFn: ({ signal }) => requestKey('/contacts/duplicates', 'candidates', z.array(duplicateCandidateSchema), { query: { ...q }, signal }),
      enabled: hasDuplicateCheckText(q),
      staleTime: 30_000,
    }),
};
