// @vitest-environment jsdom
/** The designer's numbers: checked as typed with the contract's ranges; Apply sends them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LATENCY_MS, type MockState } from '../../api/schemas';
import { DesignerSettingsForm } from './DesignerSettingsForm';

const state: MockState = { scenario: 'demo', size: 30, seed: 42, latency_ms: 0, error_rate: 0, acting_user_id: '1', faults: [] };
const users = [{ user_id: '1', name: 'Aiko Tanaka', email: 'a@example.com', role: 'admin' as const, status: 'active' as const }];

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
const apply = () => screen.getByRole('button', { name: 'Apply settings' }) as HTMLButtonElement;

describe('DesignerSettingsForm', () => {
  afterEach(cleanup);

  it('says what range a number must be in as it is typed, and holds Apply until it is', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
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
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ latency_ms: 250, error_rate: 0.25 }));
    expect(field('Acting user').value).toBe('1');
  });
});
