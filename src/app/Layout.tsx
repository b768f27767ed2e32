import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useActingUser } from '../api/queries/reference';
import { MOCKING_ENABLED } from '../api/config';
import { useLocaleStore, useT, type Locale } from '../lib/i18n';
import { Toaster } from '../components/ui/Toaster';
import { lazyLoad } from '../components/lazy';
import { MockNotice } from './MockNotice';
import styles from './Layout.module.css';

const DesignerPanel = lazyLoad(() => import('../features/designer/DesignerPanel').then((m) => m.DesignerPanel), { firstLoad: true });

function ActingUser() {
  const t = useT();
  const me = useActingUser();
  if (!me.data) return null;
  return (
    <span className={styles.user} title={t(`nav.role.${me.data.role}`)}>
      <span className="visually-hidden">{t('nav.actingAs', { name: '' })}</span>
      <span data-testid="acting-user">{me.data.name}</span>
      <span className={styles.role}>{t(`nav.role.${me.data.role}`)}</span>
    </span>
  );
}

/** The UI language. Each option is written in its own language, so it reads the same in any locale. */
function LanguageSwitcher() {
  const t = useT();
  const id = useId();
  const locale = useLocaleStore((s) => s.locale);
  return (
    <span>
      <label htmlFor={id} className="visually-hidden">
        {t('nav.language')}
      </label>
      <select
        id={id}
        className="select"
        style={{ fontSize: 'var(--text-sm)', minHeight: 28, padding: '2px var(--space-1)' }}
        value={locale}
        onChange={(e) => void useLocaleStore.getState().setLocale(e.target.value as Locale)}
      >
        <option value="en" lang="en">
          English
        </option>
        <option value="ja" lang="ja">
          日本語
        </option>
      </select>
    </span>
  );
}

/**
 * The top bar's navigation, language and acting user. On a narrow screen they fold behind a
 * "Menu" button (a disclosure: Escape or choosing a page closes it); the designer button stays.
 */
function TopMenu() {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <div className={styles.menuArea} onKeyDown={onKeyDown}>
      <button ref={button} type="button" className={styles.menuButton} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('nav.menu')}
      </button>
      <div id={id} className={styles.menu} data-open={open || undefined}>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <NavLink to="/customers" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            {t('nav.customers')}
          </NavLink>
          <NavLink to="/outbox" className={({ isActive }) => (isActive ? styles.active : undefined)}>
            {t('nav.outbox')}
          </NavLink>
        </nav>
        <div className={styles.right}>
          <LanguageSwitcher />
          <ActingUser />
        </div>
      </div>
    </div>
  );
}

export function Layout() {
  const t = useT();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        {t('app.skipToContent')}
      </a>
      <header className={styles.topbar}>
        <span className={styles.brand}>{t('app.name')}</span>
        <TopMenu />
        {MOCKING_ENABLED && (
          <div className={styles.designer}>
            <DesignerPanel />
          </div>
        )}
      </header>
      {MOCKING_ENABLED && <MockNotice />}
      <div id="main" className={styles.main}>
        <Suspense fallback={<p className="page">{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </div>
      <Toaster />
    </div>
  );
}
