import { useQuery } from '@tanstack/react-query';
import { MOCKING_ENABLED } from '../api/config';
import { mockQueries } from '../api/queries/mock-control';
import { useT } from '../lib/i18n';

/** Tells the user when the mock had to replace unreadable saved data (never a blank page). */
export function MockNotice() {
  const t = useT();
  const state = useQuery({ ...mockQueries.state(), enabled: MOCKING_ENABLED });
  if (!state.data?.notice) return null;
  return (
    <div className="notice" role="status" aria-label={t('notice.title')}>
      {state.data.notice}
    </div>
  );
}
