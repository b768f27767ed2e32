/**
 * The one way to load a component's code on first use (dialogs, menus, panels, the Duplicate
 * view), so the list's first load does not pay for it. The code can fail to arrive (offline, or
 * a new deploy removed the chunk): that becomes a toast and a retry on the next attempt, never a
 * crashed page. The failure is caught where the code was needed, and a fresh lazy component is
 * made for the next render (React keeps a rejected one forever). A route's page (`lazyRoute`)
 * that cannot be loaded says so inside the app's frame and offers to try again.
 * What is loaded on use also waits for the English text the first page does not carry
 * (`loadLazyText`), fetched alongside its code; only a part of the first page itself
 * (`firstLoad`) does not, and its text must be in the first part of the catalogue (en.ts).
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadLazyText, t } from '../lib/i18n';
import { toast } from './ui/toast-store';

export interface LoadProps {
  /** Shown while the code loads and after it failed (nothing by default). */
  loadFallback?: ReactNode;
  /** Called after a failure, to put back what was opening; the next render loads again. */
  onLoadFailed?: () => void;
}

export interface LazyOptions {
  /** Part of the first page (the list, its shell): renders without waiting for the lazy text. */
  firstLoad?: boolean;
}

/** The code, and unless it belongs to the first page, the text it shows. */
async function withText<T>(load: () => Promise<T>, options: LazyOptions | undefined): Promise<T> {
  const [loaded] = await Promise.all([load(), options?.firstLoad ? undefined : loadLazyText()]);
  return loaded;
}

/**
 * A code load shared by the first render and a preload on hover or focus: one request at a time,
 * forgotten after a failure so the next attempt asks again. `preload` never throws, and also
 * fetches the text the loaded part will show.
 */
export function preloadable<T>(load: () => Promise<T>): { load: () => Promise<T>; preload: () => void } {
  let loading: Promise<T> | null = null;
  const once = () =>
    (loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    }));
  return {
    load: once,
    preload: () => {
      void once().catch(() => undefined);
      void loadLazyText().catch(() => undefined);
    },
  };
}

export function lazyLoad<P extends object>(load: () => Promise<ComponentType<P>>, options?: LazyOptions): ComponentType<P & LoadProps> {
  const make = () => lazy(async () => ({ default: await withText(load, options) }));
  let current = make();
  function LazyLoaded({ loadFallback = null, onLoadFailed, ...props }: P & LoadProps) {
    const Loaded = current;
    return (
      <LoadBoundary
        fallback={loadFallback}
        onError={() => {
          current = make();
          onLoadFailed?.();
        }}
      >
        <Suspense fallback={loadFallback}>
          <Loaded {...(props as P)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return LazyLoaded;
}

/** A dialog loaded on first open: if its code cannot be loaded it closes, so opening it again retries. */
export function lazyDialog<P extends { onOpenChange: (open: boolean) => void }>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazyLoad(load);
  function LazyDialog(props: P) {
    return <Lazy {...props} onLoadFailed={() => props.onOpenChange(false)} />;
  }
  return LazyDialog;
}

interface BoundaryProps {
  fallback: ReactNode;
  onError: () => void;
  children: ReactNode;
}

class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(err: unknown): void {
    reportLoadFailure(err);
    this.props.onError();
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function reportLoadFailure(err: unknown): void {
  console.warn('[app] Code for this part of the page could not be loaded.', err);
  toast.error(t('app.chunkFailed'));
}

/**
 * A route's page for react-router's `lazy`: loaded on first visit. react-router keeps what the
 * first call returned, so a page whose code failed to arrive offers a reload (which also picks
 * up a new deploy's chunks) instead of landing on the crash page.
 */
export function lazyRoute(load: () => Promise<ComponentType>, options?: LazyOptions): () => Promise<{ Component: ComponentType }> {
  return async () => {
    try {
      return { Component: await withText(load, options) };
    } catch (err) {
      reportLoadFailure(err);
      return { Component: PageLoadFailed };
    }
  };
}

function PageLoadFailed() {
  return (
    <div className="page stack" role="alert">
      <h1>{t('app.pageFailed.title')}</h1>
      <p>{t('app.chunkFailed')}</p>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('app.pageFailed.retry')}
        </button>
      </div>
    </div>
  );
}
