/**
 * Load a component's code only when it is first shown: action dialogs are registered with the
 * pages that host them, but the pages' first load must not pay for them.
 */
import { lazy, Suspense, type ComponentType } from 'react';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
