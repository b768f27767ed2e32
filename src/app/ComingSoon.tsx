import { useT } from '../lib/i18n';

/** A route another open issue builds; says so instead of pretending. */
export function ComingSoon({ title }: { title: string }) {
  const t = useT();
  return (
    <main className="page stack">
      <h1>{title}</h1>
      <p>{t('app.comingSoon')}</p>
    </main>
  );
}
