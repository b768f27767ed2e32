/**
 * The list selection (UI state): the ids ticked on any page, or "all N matching" the current
 * view and search, which bulk actions send as `select_all` instead of ids.
 */
import { create } from 'zustand';

interface SelectionState {
  /** The view+search the selection belongs to; a new one clears it. */
  scope: string;
  ids: Set<string>;
  names: Map<string, string>;
  allMatching: boolean;
  setScope: (scope: string) => void;
  toggle: (id: string, name: string, on: boolean) => void;
  setMany: (rows: { id: string; name: string }[], on: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
  keepOnly: (ids: string[]) => void;
}

export const useSelectionStore = create<SelectionState>((set, get) => ({
  scope: '',
  ids: new Set(),
  names: new Map(),
  allMatching: false,
  setScope: (scope) => {
    if (scope !== get().scope) set({ scope, ids: new Set(), names: new Map(), allMatching: false });
  },
  toggle: (id, name, on) => {
    const ids = new Set(get().ids);
    const names = new Map(get().names);
    if (on) {
      ids.add(id);
      names.set(id, name);
    } else {
      ids.delete(id);
      names.delete(id);
    }
    set({ ids, names, allMatching: false });
  },
  setMany: (rows, on) => {
    const ids = new Set(get().ids);
    const names = new Map(get().names);
    for (const r of rows) {
      if (on) {
        ids.add(r.id);
        names.set(r.id, r.name);
      } else {
        ids.delete(r.id);
        names.delete(r.id);
      }
    }
    set({ ids, names, allMatching: false });
  },
  selectAllMatching: () => set({ allMatching: true }),
  clear: () => set({ ids: new Set(), names: new Map(), allMatching: false }),
  keepOnly: (keep) => {
    const k = new Set(keep);
    const names = new Map([...get().names].filter(([id]) => k.has(id)));
    set({ ids: new Set([...get().ids].filter((id) => k.has(id))), names, allMatching: false });
  },
}));
