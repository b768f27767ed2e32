// @vitest-environment jsdom
/** "+ New template": the contract's checks and the API's refusals land on fields, what was typed stays. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { useMockApi } from '../../../../mocks/testing';
import { MAX_TEMPLATE_NAME_LENGTH } from '../../../api/limits';
import { NewTemplateForm } from './NewTemplateForm';
import { templateSlots } from '../../../api/template-slots';

const emailSlot = templateSlots.find((s) => s.kind === 'email')!;

function renderForm(slot = emailSlot) {
  const onCreated = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
      <NewTemplateForm slot={slot} onCreated={onCreated} onCancel={() => {}} />
    </QueryClientProvider>,
  );
  return onCreated;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const message = (el: HTMLElement) =>
  document.getElementById(
    el
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((i) => i.endsWith('-error')) ?? '',
  )?.textContent;
const create = () => screen.getByRole('button', { name: 'Create template' });

describe('NewTemplateForm', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('marks every missing field, focuses the first, and words the limit from the contract', async () => {
    const user = userEvent.setup();
    const onCreated = renderForm();
    await user.click(create());
    expect(message(field('Template name'))).toBe('Template name is required.');
    expect(message(field('Email subject'))).toBe('Subject is required.');
    expect(message(field('Email body'))).toBe('Body is required.');
    expect(document.activeElement).toBe(field('Template name'));

    fireEvent.change(field('Template name'), { target: { value: 'x'.repeat(MAX_TEMPLATE_NAME_LENGTH + 1) } });
    await user.type(field('Email subject'), 'Hello');
    await user.type(field('Email body'), 'Body');
    await user.click(create());
    await waitFor(() => expect(message(field('Template name'))).toBe(`Template name can be at most ${MAX_TEMPLATE_NAME_LENGTH} characters.`));
    expect(field('Email subject').getAttribute('aria-invalid')).toBe('false');
    expect(field('Email subject').value).toBe('Hello');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('shows the API field error on its field, and other refusals once', async () => {
    const user = userEvent.setup();
    const onCreated = renderForm();
    server.use(
      http.post('*/api/v3/templates', () =>
        HttpResponse.json({ code: 1001, message: 'Please check', errors: [{ field: 'subject', message: 'Too spammy.' }] }, { status: 400 }),
      ),
    );
    await user.type(field('Template name'), 'Nudge');
    await user.type(field('Email subject'), 'Pay now');
    await user.type(field('Email body'), 'Please.');
    await user.click(create());
    await waitFor(() => expect(message(field('Email subject'))).toBe('Too spammy.'));
    expect(screen.queryByRole('alert')).toBeNull();

    server.use(http.post('*/api/v3/templates', () => HttpResponse.json({ code: 57, message: 'Only admins create templates.' }, { status: 403 })));
    await user.click(create());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Only admins create templates.'));
    expect(field('Email subject').getAttribute('aria-invalid')).toBe('false');
    expect(field('Template name').value).toBe('Nudge');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('creates the template for its slot', async () => {
    const user = userEvent.setup();
    const onCreated = renderForm(templateSlots.find((s) => s.kind === 'pdf')!);
    await user.type(field('Template name'), 'Bold{Enter}');
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ template_name: 'Bold', kind: 'pdf', accent_color: '#1f5fd6' })));
  });
});
