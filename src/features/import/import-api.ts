/**
 * POST /contacts/import. A 400/1001 with per-row results (some row is invalid and
 * `skip_invalid` was not set: nothing was written) is an answer the wizard shows, not a
 * failure, so this reads the body itself instead of going through `request()`.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ApiError, buildUrl } from '../../api/client';
import { MAX_IMPORT_BODY_BYTES } from '../../api/limits';
import { contactKeys } from '../../api/queries/contacts';
import { ErrorCode, errorEnvelopeSchema, importResultSchema, importSummarySchema, type ContactInput } from '../../api/schemas';
import { t } from '../../lib/i18n';

export interface ImportBody {
  rows: ContactInput[];
  on_duplicate: 'skip' | 'overwrite';
  skip_invalid: boolean;
}

const answerSchema = z.object({
  message: z.string(),
  results: z.array(importResultSchema),
  summary: importSummarySchema,
});
export type ImportAnswer = z.infer<typeof answerSchema> & { written: boolean };

const MB = 1024 * 1024;

export async function postImport(body: ImportBody): Promise<ImportAnswer> {
  const sent = new TextEncoder().encode(JSON.stringify(body));
  // A 10 MB workbook can unpack to far more than the API takes (413): say so without sending.
  if (sent.byteLength > MAX_IMPORT_BODY_BYTES) {
    throw new ApiError(413, ErrorCode.tooLarge, t('import.tooLarge', { max: `${MAX_IMPORT_BODY_BYTES / MB} MB` }));
  }
  let res: Response;
  try {
    res = await fetch(buildUrl('/contacts/import'), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: sent,
    });
  } catch {
    throw new ApiError(0, ErrorCode.internal, 'The server could not be reached. Check your connection and try again.');
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return { ...answerSchema.parse(json), written: true };
  const refused = answerSchema.safeParse(json);
  if (res.status === 400 && refused.success) return { ...refused.data, written: false };
  const env = errorEnvelopeSchema.safeParse(json);
  if (env.success) throw new ApiError(res.status, env.data.code, env.data.message, env.data.errors);
  throw new ApiError(res.status, ErrorCode.internal, `The request failed (HTTP ${res.status}).`);
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
