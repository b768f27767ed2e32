// @vitest-environment jsdom
/** Associate Templates: a refused choice is marked on its slot and the dialog keeps every choice. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { call, useMockApi } from '../../../../mocks/testing';
import type { Contact } from '../../../api/schemas';
import { TemplatesDialog } from './TemplatesDialog';

async function renderDialog() {
  const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
  const onOpenChange = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <TemplatesDialog open onOpenChange={onOpenChange} context={body.contact} />
    </QueryClientProvider>,
  );
  await screen.findByRole('combobox', { name: 'Statement PDF template' });
  return onOpenChange;
}

const message = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

describe('TemplatesDialog', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('marks the slot the API refuses, and says a refusal naming no slot once', async () => {
    const user = userEvent.setup();
    const onOpenChange = await renderDialog();
    const statement = screen.getByRole('combobox', { name: 'Statement PDF template' }) as HTMLSelectElement;
    await user.selectOptions(statement, 'Compact');
    const chosen = statement.value;
    server.use(
      http.put('*/api/v3/contacts/:id', () =>
        HttpResponse.json(
          { code: 1001, message: 'Please check', errors: [{ field: 'default_templates.statement_template_id', message: 'No such template.' }] },
          { status: 400 },
        ),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(message(statement)).toBe('No such template.'));
    expect(statement.getAttribute('aria-invalid')).toBe('true');
    expect(statement.value).toBe(chosen);
    expect(screen.queryByRole('alert')).toBeNull();

    server.use(http.put('*/api/v3/contacts/:id', () => HttpResponse.json({ code: 57, message: 'Not allowed.' }, { status: 403 })));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not allowed.'));
    expect(statement.getAttribute('aria-invalid')).toBe('false');
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('a template made here is chosen in its slot and saved', async () => {
    const user = userEvent.setup();
    const onOpenChange = await renderDialog();
    await user.click(await screen.findByRole('button', { name: /New template.*Invoice email/ }));
    await user.type(screen.getByLabelText('Template name'), 'Friendly nudge');
    await user.type(screen.getByLabelText('Email subject'), 'Hello');
    await user.type(screen.getByLabelText('Email body'), 'Please pay.');
    await user.click(screen.getByRole('button', { name: 'Create template' }));
    const invoiceEmail = screen.getByRole('combobox', { name: 'Invoice email template' }) as HTMLSelectElement;
    await waitFor(() => expect(invoiceEmail.selectedOptions[0]?.textContent).toBe('Friendly nudge'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
    expect(body.contact.default_templates.invoice_email_template_id).toBe(invoiceEmail.value);
  });
});
