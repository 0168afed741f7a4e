import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTRY_KIND, placeRecipesEntry } from '../../../components/dashboard/recipes-entry';

const PICKER = `<main><h1>User API Tokens</h1><section><h3>API token templates</h3><p>Pick one.</p>
  <div><div>Edit zone DNS</div><button type="button">Use template</button></div>
  <div><div>Read billing info</div><button type="button">Use template</button></div></section>
  <section><h3>Custom token</h3><div><div>Create Custom Token</div><button>Get started</button></div></section></main>`;

const entry = () => document.querySelector(`token-lens[data-token-lens="${ENTRY_KIND}"]`);

describe('recipes entry on the template picker', () => {
  beforeEach(() => {
    document.body.innerHTML = PICKER;
    history.replaceState(null, '', '/profile/api-tokens/create');
  });

  it('goes after the last template, inside the templates section, once', () => {
    const before = [...document.querySelectorAll('button')].map((b) => b.textContent);
    placeRecipesEntry(document, () => undefined);
    placeRecipesEntry(document, () => undefined);
    const section = document.querySelector('section')!;
    expect(section.lastElementChild).toBe(entry());
    expect(document.querySelectorAll(`[data-token-lens="${ENTRY_KIND}"]`)).toHaveLength(1);
    // The dashboard's own controls are untouched, in the same order.
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toEqual(before);
  });

  it('its button asks the background to open the recipes', () => {
    const send = vi.fn();
    placeRecipesEntry(document, send);
    entry()!.shadowRoot!.querySelector('button')!.click();
    expect(send).toHaveBeenCalledTimes(1);
    expect(entry()!.shadowRoot!.textContent).toContain('Least-privilege recipes');
  });

  it.each([
    ['another route', () => history.replaceState(null, '', '/profile/api-tokens/abc/edit')],
    ['no template heading', () => void (document.querySelector('h3')!.textContent = 'Create Custom Token')],
  ])('is removed on %s', (_l, change) => {
    placeRecipesEntry(document, () => undefined);
    expect(entry()).not.toBeNull();
    change();
    placeRecipesEntry(document, () => undefined);
    expect(entry()).toBeNull();
  });
});
