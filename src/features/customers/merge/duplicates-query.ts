/** GET /contacts/duplicates: likely duplicates in groups, paged (`page`, `per_page`). */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { contactKeys } from '../../../api/queries/contacts';
import { request } from '../../../api/client';
import { duplicateGroupSchema, pageContextSchema } from '../../../api/schemas';

const duplicatesSchema = z.object({
  duplicate_groups: z.array(duplicateGroupSchema),
  page_context: z.partial(pageContextSchema, { total: true }),
});

export const GROUPS_PER_PAGE = 10;

export const duplicateQueries = {
  page: (page: number) =>
    queryOptions({
      queryKey: [...contactKeys.duplicates(), { page, per_page: GROUPS_PER_PAGE }],
      queryFn: async ({ signal }) =>
        duplicatesSchema.parse(await request('/contacts/duplicates', { query: { page, per_page: GROUPS_PER_PAGE }, signal })),
    }),
};
