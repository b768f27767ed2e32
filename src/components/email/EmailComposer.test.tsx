// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/client';
import { useToastStore } from '../ui/toast-store';
import { EmailComposer, type EmailComposerProps } from './EmailComposer';

const recipients = [
  { email: 'ann@acme.example', name: 'Ann Lee', primary: true },
  { email: 'bob@acme.example', name: 'Bob Kim' },
];

function renderComposer(props: Partial<EmailComposerProps> = {}) {
  const onOpenChange = vi.fn();
  const send = vi.fn<EmailComposerProps['send']>(async () => 'Email has been sent.');
  render(
    <EmailComposer
      open
      onOpenChange={onOpenChange}
      title="Email Customer"
      description="Only Acme’s contact persons can receive it."
      draft={{ to: ['ann@acme.example'], subject: 'Hello', body: 'Your invoices.' }}
      recipients={recipients}
      picker="listbox"
      send={send}
      failedText={(reason) => `The email was not sent: ${reason}`}
      {...props}
    />,
  );
  return { onOpenChange, send };
}

const dialog = () => screen.findByRole('dialog', { name: 'Email Customer' });
const list = (d: HTMLElement, name: 'To' | 'CC') => within(within(d).getByRole('listbox', { name }));

describe('EmailComposer', () => {
  afterEach(cleanup);

  it('sends the draft as the contract has it, then says so and closes', async () => {
    const { send, onOpenChange } = renderComposer();
    const d = await dialog();
    await userEvent.click(list(d, 'CC').getByRole('option', { name: /bob@acme\.example/ }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(send).toHaveBeenCalledWith({ to_mail_ids: ['ann@acme.example'], cc_mail_ids: ['bob@acme.example'], subject: 'Hello', body: 'Your invoices.' });
    expect(useToastStore.getState().toasts.at(-1)?.message).toBe('Email has been sent.');
  });

  it('marks what the contract refuses, with the dialogs’ wording, and sends nothing', async () => {
    const { send } = renderComposer({ draft: { to: [], subject: '', body: 'x'.repeat(5001) } });
    const d = await dialog();
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    const to = within(d).getByRole('listbox', { name: 'To' });
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(within(d).getByText('Choose at least one recipient.')).toBeTruthy();
    expect(within(d).getByLabelText('Subject').getAttribute('aria-invalid')).toBe('true');
    expect(within(d).getByText('Subject is required.')).toBeTruthy();
    expect(within(d).getByText('This can be at most 5000 characters.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
    // Fixed fields clear as they change.
    await userEvent.click(within(to).getByRole('option', { name: /ann@acme\.example/ }));
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('false'));
  });

  it('keeps the draft when the send fails: the API’s field messages on their fields, the reason in one alert', async () => {
    const refusal = new ApiError(400, 1001, 'Invalid input.', [{ field: 'cc_mail_ids', message: 'bob@acme.example is not a contact person.' }]);
    const send = vi.fn().mockRejectedValueOnce(refusal).mockRejectedValueOnce(new Error('Network down.'));
    const { onOpenChange } = renderComposer({ send });
    const d = await dialog();
    await userEvent.click(list(d, 'CC').getByRole('option', { name: /bob@acme\.example/ }));
    await userEvent.clear(within(d).getByLabelText('Subject'));
    await userEvent.type(within(d).getByLabelText('Subject'), 'About June');
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    expect((await within(d).findByRole('alert')).textContent).toBe('The email was not sent: Invalid input.');
    expect(within(d).getByRole('listbox', { name: 'CC' }).getAttribute('aria-invalid')).toBe('true');
    expect(within(d).getByText('bob@acme.example is not a contact person.')).toBeTruthy();
    expect((within(d).getByLabelText('Subject') as HTMLInputElement).value).toBe('About June');

    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(d).getByRole('alert').textContent).toBe('The email was not sent: Network down.'));
    expect(send).toHaveBeenCalledTimes(2);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('says why it cannot send yet instead of sending', async () => {
    const { send } = renderComposer({ blockedReason: 'The attachment is still being made.' });
    const d = await dialog();
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    expect((await within(d).findByRole('alert')).textContent).toBe('The attachment is still being made.');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the notice until the draft is known, Send unavailable', async () => {
    renderComposer({ draft: undefined, notice: <p role="status">Loading…</p> });
    const d = await dialog();
    expect(within(d).getByRole('status').textContent).toBe('Loading…');
    expect(within(d).getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
    expect(within(d).queryByLabelText('Subject')).toBeNull();
  });

  it('opens the add-a-person slot on To when there is no one to pick, and puts the new address there', async () => {
    const { send } = renderComposer({
      recipients: [],
      draft: { to: [], subject: 'Hello', body: 'Hi' },
      addPerson: ({ list, done }) => (
        <button type="button" onClick={() => done('new@acme.example')}>
          Save person to {list}
        </button>
      ),
    });
    const d = await dialog();
    await userEvent.click(within(d).getByRole('button', { name: 'Save person to to' }));
    expect(within(d).queryByRole('button', { name: /Save person/ })).toBeNull();
    await userEvent.click(list(d, 'CC').getByRole('option', { name: 'Add contact person' }));
    expect(within(d).getByRole('button', { name: 'Save person to cc' })).toBeTruthy();
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ to_mail_ids: ['new@acme.example'], cc_mail_ids: [] })));
  });

  it('picks from checkboxes when asked, each address once, and marks the group when empty', async () => {
    const { send } = renderComposer({ picker: 'checkboxes', recipients: [...recipients, { email: 'ANN@acme.example', name: 'Ann twice' }] });
    const d = await dialog();
    const to = within(within(d).getByRole('group', { name: 'To' }));
    expect(to.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, false]);
    await userEvent.click(to.getByRole('checkbox', { name: 'Ann Lee <ann@acme.example>' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(d).getByRole('group', { name: 'To' }).getAttribute('aria-invalid')).toBe('true'));
    expect(within(d).getByText('Choose at least one recipient.')).toBeTruthy();
    await userEvent.click(to.getByRole('checkbox', { name: 'Bob Kim <bob@acme.example>' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ to_mail_ids: ['bob@acme.example'] })));
  });
});
