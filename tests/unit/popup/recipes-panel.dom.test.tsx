// The recipe view's frame (components/popup/recipes-panel.tsx): its content comes from import()
// when the view opens, so it shows a loading line first, and a clear message when the import fails.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecipesPanel, type LoadRecipes, type RecipesProps } from '../../../components/popup/recipes-panel';

afterEach(cleanup);

/** A loader the test settles by hand. */
function deferred() {
  let settle!: { resolve(m: Awaited<ReturnType<LoadRecipes>>): void; reject(e: unknown): void };
  const load = vi.fn<LoadRecipes>(() => new Promise((resolve, reject) => void (settle = { resolve, reject })));
  return { load, settle: () => settle };
}
const Fake = ({ openTab }: RecipesProps) => <button type="button" onClick={() => openTab('https://dash.cloudflare.com/x')}>fake recipes</button>;
const noop = () => undefined;

describe('RecipesPanel', () => {
  it('shows the heading, Back and a loading line until the view arrives, then the view', async () => {
    const { load, settle } = deferred();
    const openTab = vi.fn();
    render(<RecipesPanel onBack={noop} openTab={openTab} load={load} />);
    expect(screen.getByRole('heading', { name: 'Create a least-privilege token' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading the recipes…');
    expect(screen.getByTestId('recipes').getAttribute('aria-busy')).toBe('true');
    settle().resolve({ RecipesView: Fake });
    fireEvent.click(await screen.findByRole('button', { name: 'fake recipes' }));
    expect(openTab).toHaveBeenCalledWith('https://dash.cloudflare.com/x');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByTestId('recipes').getAttribute('aria-busy')).toBe('false');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when the import fails, keeps Back working, and Try again loads again', async () => {
    const { load, settle } = deferred();
    const onBack = vi.fn();
    render(<RecipesPanel onBack={onBack} openTab={noop} load={load} />);
    settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The recipes could not be loaded');
    expect(alert.textContent).toContain('close and reopen the popup');
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Verify a token' }));
    expect(onBack).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect((await screen.findByRole('status')).textContent).toBe('Loading the recipes…');
    expect(screen.queryByRole('alert')).toBeNull();
    settle().resolve({ RecipesView: Fake });
    expect(await screen.findByRole('button', { name: 'fake recipes' })).toBeTruthy();
  });

  it('loads the real recipe view by default', async () => {
    render(<RecipesPanel onBack={noop} openTab={noop} />);
    const select = await screen.findByLabelText('What is the token for?', {}, { timeout: 5000 });
    // "Choose a job…" and the 15 recipes.
    expect(select.querySelectorAll('option').length).toBe(16);
  });
});
