/** What a caught error says, for a toast or an inline message. */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
