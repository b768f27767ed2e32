// @vitest-environment jsdom
/** The inline person editor: its checks and the API's refusals land on fields, what was typed stays. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { useMockApi } from '../../../../mocks/testing';
import { PersonEditor } from './PersonEditor';

function renderEditor(props: { requireEmail?: boolean; fields?: ('first_name' | 'last_name' | 'email')[] } = {}) {
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <PersonEditor contactId="1" title="New contact person" onSaved={onSaved} onCancel={() => {}} {...props} />
    </QueryClientProvider>,
  );
  return onSaved;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const message = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

describe('PersonEditor', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('marks and focuses the first bad field, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const onSaved = renderEditor({ requireEmail: true, fields: ['first_name', 'last_name', 'email'] });
    await user.type(input('Last Name'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    expect(input('First Name').getAttribute('aria-invalid')).toBe('true');
    expect(message(input('First Name'))).toBe('Enter a first or last name.');
    expect(message(input('Email'))).toBe('Enter an email address.');
    expect(document.activeElement).toBe(input('First Name'));

    await user.type(input('First Name'), 'Ann');
    await user.type(input('Email'), 'ann@nowhere');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(message(input('Email'))).toBe('Enter a valid email address.'));
    expect(input('First Name').getAttribute('aria-invalid')).toBe('false');
    expect(document.activeElement).toBe(input('Email'));
    expect(input('Email').value).toBe('ann@nowhere');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows the API field error on its field, and a refusal naming no shown field once', async () => {
    const user = userEvent.setup();
    const onSaved = renderEditor({ fields: ['first_name', 'last_name', 'email'] });
    server.use(
      http.post('*/api/v3/contacts/contactpersons', () =>
        HttpResponse.json({ code: 1001, message: 'Please check', errors: [{ field: 'email', message: 'Taken here.' }] }, { status: 400 }),
      ),
    );
    await user.type(input('First Name'), 'Ann');
    await user.type(input('Email'), 'ann@x.example');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(message(input('Email'))).toBe('Taken here.'));
    expect(document.activeElement).toBe(input('Email'));
    expect(screen.queryByRole('alert')).toBeNull();

    server.use(
      http.post('*/api/v3/contacts/contactpersons', () =>
        HttpResponse.json({ code: 1001, message: 'Phone is wrong.', errors: [{ field: 'phone', message: 'Phone is wrong.' }] }, { status: 400 }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Phone is wrong.'));
    expect(input('Email').getAttribute('aria-invalid')).toBe('false');
    expect(input('First Name').value).toBe('Ann');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves a valid person with trimmed values', async () => {
    const user = userEvent.setup();
    const onSaved = renderEditor();
    await user.type(input('First Name'), ' Ann ');
    await user.type(input('Email'), 'ann@x.example');
    await user.click(screen.getByRole('button', { name: 'Save person' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ first_name: 'Ann', email: 'ann@x.example' })));
  });
});
