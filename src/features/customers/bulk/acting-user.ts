/** The acting user's role as a reason a guarded action is disabled (the API refuses it anyway). */
import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import type { User } from '../../../api/schemas';
import { t } from '../../../lib/i18n';
import { roleAllows, type GuardedAction } from './permissions';

const reasonKeys = {
  delete: 'bulk.role.delete',
  merge: 'bulk.role.merge',
  change_owner: 'bulk.role.owner',
} as const;

/** Why `user` may not take this action, or null (also while the user is unknown). */
export function roleReason(action: GuardedAction, user: User | null | undefined): string | null {
  return roleAllows(user?.role, action) ? null : t(reasonKeys[action]);
}

/** In components: the acting user (GET /users/me). */
export function useActingUser(): User | undefined {
  return useQuery(referenceQueries.me()).data;
}
