// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useListState } from './use-list-state';
import type { ListState } from './list-params';

let current: { state: ListState; update: (p: Partial<ListState>, o?: { replace?: boolean }) => void } | null = null;
function Probe() {
  const [state, update] = useListState();
  current = { state, update };
  return null;
}

function setup(url: string) {
  const router = createMemoryRouter([{ path: '/customers', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useListState', () => {
  afterEach(() => {
    cleanup();
    current = null;
  });

  it('reads the state from the URL', () => {
    setup('/customers?view=unpaid&q=acme&sort=email&order=desc&page=3&per_page=50');
    expect(current!.state).toEqual({ view: 'unpaid', q: 'acme', sort: 'email', order: 'desc', page: 3, perPage: 50 });
  });

  it('writes changes back, resetting the page unless it is what changed', () => {
    const router = setup('/customers?page=4');
    act(() => current!.update({ view: 'overdue' }));
    expect(router.state.location.search).toBe('?view=overdue');
    act(() => current!.update({ page: 2 }));
    expect(router.state.location.search).toBe('?view=overdue&page=2');
  });

  it('pushes history for view changes and replaces it for typing', () => {
    const router = setup('/customers');
    act(() => current!.update({ view: 'active' }));
    act(() => current!.update({ q: 'a' }, { replace: true }));
    act(() => current!.update({ q: 'ab' }, { replace: true }));
    expect(router.state.location.search).toBe('?view=active&q=ab');
    act(() => void router.navigate(-1));
    expect(router.state.location.search).toBe('');
  });
});
