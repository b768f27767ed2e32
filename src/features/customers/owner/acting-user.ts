/**
 * The acting user, for `DetailAction.disabledReason`: the host calls it while rendering the
 * menu but passes only the contact. Reading the query cache through `use(context)` (which,
 * unlike other hooks, may be called conditionally) gives the user the top bar already loaded.
 * Not reactive: a role change shows the next time the header renders; the dialogs check again
 * with a live query, and the API refuses anyway.
 */
import { use } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { referenceKeys } from '../../../api/queries/reference';
import type { User } from '../../../api/schemas';

export function actingUserWhileRendering(): User | undefined {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- called during the host's render; see above.
    const qc = use(QueryClientContext);
    return qc?.getQueryData<User>(referenceKeys.me());
  } catch {
    // Called outside a render: the role is unknown, so nothing is disabled here.
    return undefined;
  }
}
