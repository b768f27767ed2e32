/** Toasts: a tiny store any code can push to (mutations, error handlers), rendered by <Toaster>. */
import { create } from 'zustand';

export interface ToastAction {
  label: string;
  onClick: () => void;
}

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  push: (t: Omit<Toast, 'id'>) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;
/** How long a toast stays: long enough to reach its Undo button. */
export const TOAST_MS = { success: 6000, info: 6000, error: 10000 } as const;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  push: (t) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-4), { ...t, id }] });
    return id;
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const toast = {
  success: (message: string, action?: ToastAction) => useToastStore.getState().push({ kind: 'success', message, action }),
  error: (message: string) => useToastStore.getState().push({ kind: 'error', message }),
  info: (message: string) => useToastStore.getState().push({ kind: 'info', message }),
};
