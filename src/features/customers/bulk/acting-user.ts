/**
 * The acting user's role, readable outside React: the bulk bar and the detail menu ask
 * `disabledReason(...)` during their render, which cannot use hooks. Loaded when the module is
 * first used in a browser and revalidated in the background; dialogs also read GET /users/me
 * through react-query (`useActingUser`) and keep this copy in step.
 */
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { create } from 'zustand';
import { referenceQueries } from '../../../api/queries/reference';
import { requestKey } from '../../../api/client';
import { userSchema, type User } from '../../../api/schemas';
import { t } from '../../../lib/i18n';
import { roleAllows, type GuardedAction } from './permissions';

interface ActingUserState {
  user: User | null;
  loadedAt: number;
}

const useActingUserStore = create<ActingUserState>(() => ({ user: null, loadedAt: 0 }));

const REVALIDATE_MS = 5_000;
let inflight: Promise<void> | null = null;

function store(user: User): void {
  useActingUserStore.setState({ user, loadedAt: Date.now() });
}

export function loadActingUser(): Promise<void> {
  inflight ??= requestKey('/users/me', 'user', userSchema)
    .then(store, () => undefined)
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** The last known acting user; refreshes in the background when the copy is old. */
export function actingUser(): User | null {
  const s = useActingUserStore.getState();
  if (typeof window !== 'undefined' && Date.now() - s.loadedAt > REVALIDATE_MS) void loadActingUser();
  return s.user;
}

const reasonKeys = {
  delete: 'bulkx.role.delete',
  merge: 'bulkx.role.merge',
  change_owner: 'bulkx.role.owner',
} as const;

/** Why the acting user may not take this action, or null. */
export function roleReason(action: GuardedAction, user: User | null = actingUser()): string | null {
  return roleAllows(user?.role, action) ? null : t(reasonKeys[action]);
}

/** In components: the acting user from react-query (kept in step with the copy above). */
export function useActingUser(): User | undefined {
  const me = useQuery(referenceQueries.me());
  useEffect(() => {
    if (me.data) store(me.data);
  }, [me.data]);
  return me.data;
}

// Start loading as soon as a page with bulk or merge actions loads, before anything is selected.
if (typeof window !== 'undefined') void loadActingUser();
