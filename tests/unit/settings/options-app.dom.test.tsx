import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/app';
import { DEFAULT_OPTIONS } from '../../../lib/analysis/types';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => (await fakeBrowser.storage.sync.get(['options', 'display'])) as Record<string, any>;
const radio = (name: RegExp) => screen.findByRole('radio', { name });

describe('options page', () => {
  it('shows the stored settings, falling back to the defaults for broken ones', async () => {
    await fakeBrowser.storage.sync.set({ options: { strictness: 'loud', maxLifetimeDays: 30, disabledRules: ['no-expiry'] }, display: 'big' });
    render(<OptionsApp />);
    expect(((await radio(/^Balanced/)) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Days') as HTMLInputElement).value).toBe('30');
    expect((screen.getByRole('checkbox', { name: 'No end date' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'No IP filter' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /^Compact/ }) as HTMLInputElement).checked).toBe(true);
  });

  it.each([
    ['strictness', () => radio(/^Strict/), { options: { ...DEFAULT_OPTIONS, strictness: 'strict' } }],
    ['a rule', () => screen.findByRole('checkbox', { name: 'No IP filter' }), { options: { ...DEFAULT_OPTIONS, disabledRules: ['no-ip-filter'] } }],
    ['the notes look', () => radio(/^Expanded/), { display: { notes: 'expanded' } }],
  ])('saves %s as soon as it changes and says so', async (_name, control, expected) => {
    render(<OptionsApp />);
    fireEvent.click(await control());
    await waitFor(async () => expect(await stored()).toMatchObject(expected));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('keeps a bad lifetime in the field, explains it and saves nothing until it is fixed', async () => {
    render(<OptionsApp />);
    const days = (await screen.findByLabelText('Days')) as HTMLInputElement;
    fireEvent.input(days, { target: { value: '40000' } });
    expect(days.value).toBe('40000');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/from 1 to 3650 days/).textContent).toContain('90 days still applies');
    expect(screen.getByRole('status').textContent).toMatch(/Not saved/);
    await new Promise((r) => setTimeout(r, 400));
    expect(await stored()).toEqual({});
    fireEvent.input(days, { target: { value: '45' } });
    fireEvent.change(days);
    await waitFor(async () => expect((await stored()).options?.maxLifetimeDays).toBe(45));
    expect(days.getAttribute('aria-invalid')).toBe('false');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('restores the defaults', async () => {
    await fakeBrowser.storage.sync.set({ options: { ...DEFAULT_OPTIONS, strictness: 'relaxed', maxLifetimeDays: 7 }, display: { notes: 'expanded' } });
    render(<OptionsApp />);
    expect(((await screen.findByLabelText('Days')) as HTMLInputElement).value).toBe('7');
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await stored()).toEqual({ options: DEFAULT_OPTIONS, display: { notes: 'compact' } }));
    expect((screen.getByLabelText('Days') as HTMLInputElement).value).toBe('90');
    expect((screen.getByRole('radio', { name: /^Balanced/ }) as HTMLInputElement).checked).toBe(true);
  });
});
