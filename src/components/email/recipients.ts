/**
 * A composer's recipients: the addresses it may send to (the API refuses any other) and the
 * lists "To" and "CC" drawn from them. Addresses compare case-insensitively, as mail does.
 */

export interface RecipientOption {
  email: string;
  /** Who it is, as people call them ("Mr. John Smith"); may be empty. */
  name: string;
  /** The customer's primary contact person (marked in the list). */
  primary?: boolean;
}

export type RecipientList = 'to' | 'cc';

/** What every recipients picker takes (the listbox and the checkbox group). */
export interface RecipientPickerProps {
  id: string;
  label: string;
  options: RecipientOption[];
  selected: string[];
  onToggle: (email: string) => void;
  /** Offer to add a person (who then joins this list). */
  onAddPerson?: () => void;
  error?: string;
}

const key = (email: string) => email.trim().toLowerCase();

export function hasAddress(list: string[], email: string): boolean {
  return list.some((e) => key(e) === key(email));
}

export function toggleAddress(list: string[], email: string): string[] {
  return hasAddress(list, email) ? list.filter((e) => key(e) !== key(email)) : [...list, email];
}

/** The list with `email` on it (once). */
export function withAddress(list: string[], email: string): string[] {
  return hasAddress(list, email) ? list : [...list, email];
}

/** Each address once (the first option for it kept), in the order given. */
export function distinctAddresses<T extends RecipientOption>(options: T[]): T[] {
  const seen = new Set<string>();
  return options.filter((o) => !seen.has(key(o.email)) && !!seen.add(key(o.email)));
}
