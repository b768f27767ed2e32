import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorText } from '../lib/error-text';
import { t } from '../lib/i18n';

interface State {
  error: Error | null;
}

/** The last line of defence: a crash shows a way out, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[app] unhandled error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <CrashPage error={this.state.error} />;
  }
}

export function CrashPage({ error }: { error: unknown }) {
  const message = errorText(error);
  return (
    <main className="page stack" role="alert">
      <h1>{t('app.crashed.title')}</h1>
      <p>{t('app.crashed.body')}</p>
      <details>
        <summary>{t('app.crashed.details')}</summary>
        <pre>{message}</pre>
      </details>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('app.crashed.reload')}
        </button>
      </div>
    </main>
  );
}
