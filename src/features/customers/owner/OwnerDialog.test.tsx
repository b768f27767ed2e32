// @vitest-environment jsdom
/** Assign Customer Owner: a refused owner is marked on the field; the dialog keeps the choice. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { call, useMockApi } from '../../../../mocks/testing';
import type { Contact } from '../../../api/schemas';
import { OwnerDialog } from './OwnerDialog';

async function renderDialog() {
  const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
  const onOpenChange = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <OwnerDialog open onOpenChange={onOpenChange} context={body.contact} />
    </QueryClientProvider>,
  );
  const owner = (await screen.findByRole('combobox', { name: 'Customer Owner' })) as HTMLSelectElement;
  await screen.findByRole('option', { name: 'Diego Ruiz' });
  await waitFor(() => expect(owner.disabled).toBe(false));
  return { owner, onOpenChange };
}

const message = (el: HTMLElement) =>
  document.getElementById(
    el
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((i) => i.endsWith('-error')) ?? '',
  )?.textContent;

describe('OwnerDialog', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('marks a refused owner on the field, and says other refusals once', async () => {
    const user = userEvent.setup();
    const { owner, onOpenChange } = await renderDialog();
    await user.selectOptions(owner, 'Diego Ruiz');
    server.use(
      http.put('*/api/v3/contacts/:id', () =>
        HttpResponse.json({ code: 3007, message: 'Not a valid owner.', errors: [{ field: 'owner_id', message: 'Not a valid owner.' }] }, { status: 400 }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(message(owner)).toBe('Not a valid owner.'));
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(owner.selectedOptions[0]?.textContent).toBe('Diego Ruiz');
    expect(screen.queryByRole('alert')).toBeNull();

    server.use(http.put('*/api/v3/contacts/:id', () => HttpResponse.json({ code: 57, message: 'Not allowed.' }, { status: 403 })));
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The customer owner could not be changed: Not allowed.'));
    expect(owner.getAttribute('aria-invalid')).toBe('false');
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('assigns the chosen owner', async () => {
    const user = userEvent.setup();
    const { owner, onOpenChange } = await renderDialog();
    await user.selectOptions(owner, 'Diego Ruiz');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
    expect(body.contact.owner_name).toBe('Diego Ruiz');
  });
});
