// @vitest-environment jsdom
/** The designer's numbers and today: checked as typed with the contract; Apply sends them, a refusal marks its field. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/client';
import { LATENCY_MS, type MockState } from '../../api/schemas';
import { DesignerSettingsForm } from './DesignerSettingsForm';

const state: MockState = { scenario: 'demo', size: 30, seed: 42, latency_ms: 0, error_rate: 0, acting_user_id: '1', today: null };
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
});
