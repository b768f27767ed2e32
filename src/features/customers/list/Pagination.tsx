import type { PageContext } from '../../../api/schemas';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { pageSizes, type ListState } from './list-params';
import styles from './CustomerList.module.css';

interface Props {
  context: PageContext;
  rowCount: number;
  state: ListState;
  onChange: (patch: Partial<ListState>) => void;
}

export function Pagination({ context, rowCount, state, onChange }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const from = rowCount === 0 ? 0 : (context.page - 1) * context.per_page + 1;
  const to = from === 0 ? 0 : from + rowCount - 1;
  return (
    <nav className={styles.pagination} aria-label={t('list.pagination')}>
      <label className="row">
        <span className="field-hint">{t('list.perPage')}</span>
        <select className="select" value={state.perPage} onChange={(e) => onChange({ perPage: Number(e.target.value) })}>
          {pageSizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <span className="num" aria-live="polite">
        {t('list.range', { from: formatNumber(from, locale), to: formatNumber(to, locale), total: formatNumber(context.total, locale) })}
      </span>
      <button type="button" className="btn" disabled={state.page <= 1} onClick={() => onChange({ page: state.page - 1 })}>
        <span aria-hidden="true">‹ </span>
        {t('list.prev')}
      </button>
      <button type="button" className="btn" disabled={!context.has_more_page} onClick={() => onChange({ page: state.page + 1 })}>
        {t('list.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </nav>
  );
}
