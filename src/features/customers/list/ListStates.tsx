import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import type { ListState } from './list-params';
import styles from './CustomerList.module.css';

export function LoadingRows() {
  const t = useT();
  return (
    <div className={styles.skeleton} role="status" aria-label={t('list.loading')}>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className={styles.skeletonRow} />
      ))}
    </div>
  );
}

export function ListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className={styles.state} role="alert">
      <p>{t('list.error', { message })}</p>
      <button type="button" className="btn btn-primary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/** No customers at all: a call to create or import. */
export function EmptyList() {
  const t = useT();
  return (
    <div className={styles.state}>
      <h2>{t('list.empty.title')}</h2>
      <p>{t('list.empty.body')}</p>
      <div className="row">
        <Link to="/customers/new" className="btn btn-primary">
          {t('list.new')}
        </Link>
        <Link to="/customers/import" className="btn">
          {t('list.import')}
        </Link>
      </div>
    </div>
  );
}

/** Nothing matches the search or view: a way back. */
export function NoMatch({ state, onChange, viewName }: { state: ListState; onChange: (p: Partial<ListState>) => void; viewName: string }) {
  const t = useT();
  const view = viewName;
  return (
    <div className={styles.state}>
      <h2>{t('list.noMatch.title')}</h2>
      <p>{state.q ? t('list.noMatch.body', { view, q: state.q }) : t('list.noMatch.view', { view })}</p>
      <div className="row">
        {state.q && (
          <button type="button" className="btn btn-primary" onClick={() => onChange({ q: '' })}>
            {t('list.noMatch.clear')}
          </button>
        )}
        {state.view !== 'all' && (
          <button type="button" className="btn" onClick={() => onChange({ view: 'all' })}>
            {t('list.noMatch.allView')}
          </button>
        )}
      </div>
    </div>
  );
}
