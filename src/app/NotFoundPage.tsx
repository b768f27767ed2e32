import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <main className="page stack">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/customers">{t('app.notFound.back')}</Link>
      </p>
    </main>
  );
}
