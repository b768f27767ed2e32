// @vitest-environment jsdom
/** The designer's numbers and today: checked as typed with the contract; Apply sends them, a refusal marks its field. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/client';
import { LATENCY_MS, type MockState } from '../../api/schemas';
import { DesignerSettingsForm } from './DesignerSettingsForm';

const state: MockState = { scenario: 'demo', size: 30, seed: 42, latency_ms: 0, error_rate: 0, acting_user_id: '1', today: null, faults: [] };
const users = [{ user_id: '1', name: 'Aiko Tanaka', email: 'a@example.com', role: 'admin' as const, status: 'active' as const }];

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
const apply = () => screen.getByRole('button', { name: 'Apply settings' }) as HTMLButtonElement;

describe('DesignerSettingsForm', () => {
  afterEach(cleanup);

  it('says what range a number must be in as it is typed, and holds Apply until it is', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    render(<DesignerSettingsForm state={state} users={users} pending={false} onSave={onSave} />);
    const latency = screen.getByLabelText(/Latency/) as HTMLInputElement;
    const rate = screen.getByLabelText(/Failure rate/) as HTMLInputElement;
    await user.clear(latency);
    await user.type(latency, String(LATENCY_MS.max + 1));
    await waitFor(() => expect(latency.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(latency)).toBe(`Enter a number between 0 and ${LATENCY_MS.max}.`);
    expect(apply().disabled).toBe(true);

    await user.clear(rate);
    await user.type(rate, '1.5');
    await waitFor(() => expect(errorOf(rate)).toBe('Enter a number between 0 and 1.'));

    await user.clear(latency);
    await user.type(latency, '250');
    await user.clear(rate);
    await user.type(rate, '0.25');
    await waitFor(() => expect(apply().disabled).toBe(false));
    expect(latency.getAttribute('aria-invalid')).toBe('false');
    expect(rate.getAttribute('aria-describedby')).toBe('designer-rate-hint');
    await user.click(apply());
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ latency_ms: 250, error_rate: 0.25, today: null }));
    expect(field('Acting user').value).toBe('1');
  });

  it('sends Today (empty is the real date) and shows a refusal on the field', async () => {
    const user = userEvent.setup();
    const refusal = new ApiError(400, 1001, 'Please check the highlighted fields.', [{ field: 'today', message: 'must be a real calendar date' }]);
    const onSave = vi.fn((): Promise<unknown> => Promise.reject(refusal));
    render(<DesignerSettingsForm state={{ ...state, today: '2026-06-15' }} users={users} pending={false} onSave={onSave} />);
    const today = field('Today');
    expect(today.type).toBe('date');
    expect(today.value).toBe('2026-06-15');
    await user.clear(today);
    await user.type(today, '2027-02-10');
    await user.click(apply());
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ latency_ms: 0, error_rate: 0, today: '2027-02-10' }));
    await waitFor(() => expect(today.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(today)).toBe('Enter a real date, or leave it empty for the real date.');
    expect(today.value).toBe('2027-02-10');

    onSave.mockImplementation(() => Promise.resolve());
    await user.clear(today);
    await waitFor(() => expect(today.getAttribute('aria-invalid')).toBe('false'));
    expect(errorOf(today)).toMatch(/Empty: the real date/);
    await user.click(apply());
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith({ latency_ms: 0, error_rate: 0, today: null }));
  });

  it('adds, checks, saves and removes scripted faults with the other settings', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_patch: unknown) => Promise.resolve());
    render(<DesignerSettingsForm state={state} users={users} pending={false} onSave={onSave} />);
    const faults = screen.getByRole('group', { name: 'Faults' });
    await user.click(within(faults).getByRole('button', { name: 'Add fault' }));
    const row = within(faults).getByRole('group', { name: 'Fault 1' });
    const status = within(row).getByRole('textbox', { name: 'Status' });
    await user.clear(status);
    await user.type(status, '700');
    await waitFor(() => expect(status.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(status)).toBe('Enter a number between 400 and 599.');
    expect(apply().disabled).toBe(true);
    const path = within(row).getByRole('textbox', { name: 'Path' });
    await user.clear(path);
    await user.type(path, 'api/v3');
    await waitFor(() => expect(path.getAttribute('aria-invalid')).toBe('true'));

    await user.clear(status);
    await user.type(status, '503');
    await user.clear(path);
    await user.type(path, '/api/v3/contacts/*/email');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Method' }), 'Any');
    const times = within(row).getByRole('textbox', { name: 'Times' });
    await user.clear(times);
    await user.type(times, '2');
    await waitFor(() => expect(apply().disabled).toBe(false));
    await user.click(apply());
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        latency_ms: 0,
        error_rate: 0,
        today: null,
        faults: [{ method: '*', path: '/api/v3/contacts/*/email', status: 503, times: 2 }],
      }),
    );

    await user.click(within(row).getByRole('button', { name: 'Remove fault' }));
    expect(within(faults).queryByRole('group', { name: 'Fault 1' })).toBeNull();
  });

  it('shows what is left of each rule, sends the faults only when changed, and marks the fields the API refuses', async () => {
    const user = userEvent.setup();
    const withFault: MockState = {
      ...state,
      faults: [
        { method: 'POST', path: '/api/v3/contacts/merge', status: 500, code: 1000, message: 'Injected failure (designer tools).', times: 3, after_writes: 1 },
      ],
    };
    const refusal = new ApiError(400, 1001, 'Please check the highlighted fields.', [{ field: 'faults.0.times', message: 'Too many.' }]);
    const onSave = vi.fn((_patch: unknown) => Promise.reject(refusal));
    render(<DesignerSettingsForm state={withFault} users={users} pending={false} onSave={onSave} />);
    const row = screen.getByRole('group', { name: 'Fault 1' });
    expect((within(row).getByRole('textbox', { name: 'Times' }) as HTMLInputElement).value).toBe('3');
    expect((within(row).getByRole('textbox', { name: 'After writes' }) as HTMLInputElement).value).toBe('1');
    await user.click(apply());
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ latency_ms: 0, error_rate: 0, today: null }));
    const times = within(row).getByRole('textbox', { name: 'Times' });
    await waitFor(() => expect(times.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(times)).toBe('Too many.');
  });
});
