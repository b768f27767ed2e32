/** GET /contacts/duplicates: likely duplicates in groups, paged (`page`, `per_page`). */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request } from '../client';
import { duplicateGroupSchema, pageContextSchema, type DuplicateGroup } from '../schemas';
import { contactKeys } from './contacts';

export type { DuplicateGroup };

const duplicatesSchema = z.object({
  duplicate_groups: z.array(duplicateGroupSchema),
  page_context: z.partial(pageContextSchema, { total: true }),
});

export const GROUPS_PER_PAGE = 10;

export const duplicateQueries = {
  page: (page: number) =>
    queryOptions({
      queryKey: contactKeys.duplicatePage({ page, per_page: GROUPS_PER_PAGE }),
      queryFn: async ({ signal }) => duplicatesSchema.parse(await request('/contacts/duplicates', { query: { page, per_page: GROUPS_PER_PAGE }, signal })),
    }),
};
