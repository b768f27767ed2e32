// @vitest-environment jsdom
/** Clone Customer: the name's checks and the API's refusal mark the field; the dialog keeps what was typed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { call, useMockApi } from '../../../../mocks/testing';
import type { Contact } from '../../../api/schemas';
import { CloneDialog } from './CloneDialog';

async function renderDialog() {
  const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
  const onOpenChange = vi.fn();
  const router = createMemoryRouter(
    [
      { path: '/customers/1', element: <CloneDialog open onOpenChange={onOpenChange} context={body.contact} /> },
      { path: '/customers/:id', element: <p>Opened</p> },
    ],
    { initialEntries: ['/customers/1'] },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const name = (await screen.findByLabelText('Display Name')) as HTMLInputElement;
  await waitFor(() => expect(screen.getByRole('button', { name: 'Clone' }).hasAttribute('disabled')).toBe(false));
  return { name, onOpenChange, router };
}

const message = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

describe('CloneDialog', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('needs a name: marks, describes and focuses the field', async () => {
    const user = userEvent.setup();
    const { name, onOpenChange } = await renderDialog();
    expect(name.value).toBe('Acme Inc. (copy)');
    await user.clear(name);
    await user.type(name, '  ');
    await user.click(screen.getByRole('button', { name: 'Clone' }));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(message(name)).toBe('Display name is required.');
    expect(document.activeElement).toBe(name);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('a taken name marks the field (3001), keeps the dialog and what was typed', async () => {
    const user = userEvent.setup();
    const { name, onOpenChange, router } = await renderDialog();
    await user.clear(name);
    await user.type(name, 'Globex Corporation');
    await user.click(screen.getByRole('button', { name: 'Clone' }));
    await waitFor(() => expect(message(name)).toBe('A customer with the display name "Globex Corporation" already exists.'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.value).toBe('Globex Corporation');
    expect(document.activeElement).toBe(name);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/customers/1');
  });

  it('clones in the first offered currency and opens the clone', async () => {
    const user = userEvent.setup();
    const { onOpenChange, router } = await renderDialog();
    await user.click(screen.getByRole('button', { name: 'Clone' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(router.state.location.pathname).not.toBe('/customers/1');
    const { body } = await call<{ contact: Contact }>('GET', router.state.location.pathname.replace('/customers', '/contacts'));
    expect(body.contact.contact_name).toBe('Acme Inc. (copy)');
    expect(body.contact.currency_id).not.toBe('1');
  });
});
