import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/app';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => (await fakeBrowser.storage.sync.get(['options'])) as Record<string, any>;

describe('options page: unused tokens', () => {
  it('shows the defaults, saves each field, and keeps a bad value unsaved', async () => {
    render(<OptionsApp />);
    const last = (await screen.findByLabelText('Last use older than')) as HTMLInputElement;
    const never = screen.getByLabelText('Never used, made earlier than') as HTMLInputElement;
    expect([last.value, never.value]).toEqual(['90', '30']);
    fireEvent.input(last, { target: { value: '120' } });
    fireEvent.change(last);
    await waitFor(async () => expect((await stored()).options).toMatchObject({ unusedDays: 120, neverUsedDays: 30 }));
    fireEvent.input(never, { target: { value: '0' } });
    expect(never.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/Not saved/);
    await new Promise((r) => setTimeout(r, 400));
    expect((await stored()).options.neverUsedDays).toBe(30);
    fireEvent.input(never, { target: { value: '45' } });
    fireEvent.change(never);
    await waitFor(async () => expect((await stored()).options).toMatchObject({ unusedDays: 120, neverUsedDays: 45 }));
  });
});
