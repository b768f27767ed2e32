/**
 * POST /contacts/import. A 400/1001 with per-row results (some row is invalid and
 * `skip_invalid` was not set: nothing was written) is an answer the wizard shows, not a
 * failure: it comes back with `written: false`. `checkImport` is the dry run: the per-row plan.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, isApiError, request } from '../client';
import { MAX_IMPORT_BODY_BYTES } from '../limits';
import { ErrorCode, importPlanRowSchema, importResultSchema, importSummarySchema, type ContactInput, type ImportDuplicateAction } from '../schemas';
import { t } from '../../lib/i18n';
import { contactKeys } from './contacts';

export interface ImportBody {
  rows: ContactInput[];
  /** `contact_name` (default), `email` or a unique custom field's `cf_<api_name>`. */
  match_by?: string;
  on_duplicate: ImportDuplicateAction;
  skip_invalid: boolean;
}

const answerSchema = z.object({
  message: z.string(),
  results: z.array(importResultSchema),
  summary: importSummarySchema,
});
export type ImportAnswer = z.infer<typeof answerSchema> & { written: boolean };

const MB = 1024 * 1024;

const planSchema = z.object({ plan: z.array(importPlanRowSchema), summary: importSummarySchema });
export type ImportPlanAnswer = z.infer<typeof planSchema>;

function encodeImport(body: object): Uint8Array<ArrayBuffer> {
  const sent = new TextEncoder().encode(JSON.stringify(body));
  // A 10 MB workbook can unpack to far more than the API takes (413): say so without sending.
  if (sent.byteLength > MAX_IMPORT_BODY_BYTES) {
    throw new ApiError(413, ErrorCode.tooLarge, t('import.tooLarge', { max: `${MAX_IMPORT_BODY_BYTES / MB} MB` }));
  }
  return sent;
}

/** The dry run: what each row would do, and why; nothing is written. */
export async function checkImport(body: ImportBody, signal?: AbortSignal): Promise<ImportPlanAnswer> {
  const sent = encodeImport({ ...body, dry_run: true });
  const env = await request('/contacts/import', { method: 'POST', body: sent, contentType: 'application/json', signal });
  return planSchema.parse(env);
}

export async function postImport(body: ImportBody): Promise<ImportAnswer> {
  const sent = encodeImport(body);
  try {
    const env = await request('/contacts/import', { method: 'POST', body: sent, contentType: 'application/json' });
    return { ...answerSchema.parse(env), written: true };
  } catch (err) {
    const refused = isApiError(err) && err.status === 400 ? answerSchema.safeParse(err.body) : undefined;
    if (refused?.success) return { ...refused.data, written: false };
    throw err;
  }
}

/** Import, then refresh every customer list and detail (overwritten customers changed). */
export function useImportContacts() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: postImport,
    onSuccess: (answer) => {
      if (!answer.written) return;
      void qc.invalidateQueries({ queryKey: contactKeys.lists() });
      void qc.invalidateQueries({ queryKey: contactKeys.details() });
    },
  });
}
