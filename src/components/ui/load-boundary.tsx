/**
 * Code loaded on first use (Radix menus and dialogs) can fail to arrive: offline, or a new
 * deploy removed the chunk. That becomes a toast and a retry on the next attempt, never a
 * crashed page: `retryableLazy` makes a fresh lazy component after a failure (React keeps a
 * rejected one forever), and `LoadBoundary` catches the failure where the code was needed.
 */
import { Component, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { t } from '../../lib/i18n';
import { toast } from './toast-store';

export interface RetryableLazy<P> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** After a failure: the next render loads again. */
  reset(): void;
}

export function retryableLazy<P>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  const make = () => lazy(async () => ({ default: await load() }));
  let current = make();
  return {
    get Component() {
      return current;
    },
    reset() {
      current = make();
    },
  };
}

interface Props {
  fallback: ReactNode;
  onError: () => void;
  children: ReactNode;
}

export class LoadBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(err: unknown): void {
    console.warn('[app] Code for this part of the page could not be loaded.', err);
    toast.error(t('app.chunkFailed'));
    this.props.onError();
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
