/**
 * The History tab's pure rules: how a field change reads ("<Label>: <old> → <new>", an empty
 * value in the user's language) and what the comment box refuses before sending (the
 * contract's commentInputSchema, worded here).
 */
import { commentInputSchema, historyFilters, type HistoryChange, type HistoryFilter } from '../../../../api/schemas';

export { historyFilters };
export type { HistoryFilter };

/** One line per changed field; `empty` stands in for a value that was or became empty. */
export function changeLine(c: HistoryChange, empty: string): string {
  return `${c.label}: ${c.old_value || empty} → ${c.new_value || empty}`;
}

/** Why a comment cannot be sent, as an i18n-free code; null when it can. */
export type CommentProblem = 'required' | 'tooLong' | 'badChar';

export function commentProblem(description: string): CommentProblem | null {
  const result = commentInputSchema.safeParse({ description });
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big') return 'tooLong';
  return description.trim() ? 'badChar' : 'required';
}

export const isHistoryFilter = (v: string): v is HistoryFilter => (historyFilters as readonly string[]).includes(v);
