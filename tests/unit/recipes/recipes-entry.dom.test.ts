import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTRY_KIND, placeRecipesEntry, startRecipesEntry } from '../../../components/dashboard/recipes-entry';
import { HEADINGS } from '../../../lib/dashboard/dom';

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

  // Our clicks and keys stay in our shadow root: the page's own handlers and shortcuts never see them.
  it.each([
    ['click', () => new MouseEvent('click', { bubbles: true, composed: true })],
    ['keydown', () => new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' })],
    ['keyup', () => new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Enter' })],
  ])('a %s on its button does not reach the page', (type, make) => {
    placeRecipesEntry(document, () => undefined);
    const button = entry()!.shadowRoot!.querySelector('button')!;
    const heard: string[] = [];
    const ac = new AbortController();
    document.addEventListener(type, () => heard.push('document'), { signal: ac.signal });
    document.body.addEventListener(type, () => heard.push('body'), { signal: ac.signal });
    button.addEventListener(type, () => heard.push('button'), { signal: ac.signal });
    button.dispatchEvent(make());
    // The same event from a page button does reach the page.
    document.querySelector('section button')!.dispatchEvent(make());
    ac.abort();
    expect(heard).toEqual(['button', 'body', 'document']);
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

describe('recipes entry kept in place as the page changes', () => {
  it('searches the page for the heading only when one may have come in', async () => {
    document.body.innerHTML = PICKER;
    history.replaceState(null, '', '/profile/api-tokens/create');
    const frames: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb), cancelAnimationFrame: () => undefined } as unknown as Window;
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0)); // mutation records delivered
      while (frames.length) frames.shift()!(0);
    };
    const scan = vi.spyOn(document, 'querySelectorAll');
    const scans = () => scan.mock.calls.filter(([s]) => s === HEADINGS).length;
    const stop = new AbortController();
    startRecipesEntry({ signal: stop.signal }, document, win);
    await settle();
    expect(entry()).not.toBeNull();
    expect(scans()).toBe(1);
    // Edits that bring no heading (a dropdown's value redrawn): no search, the entry stays.
    for (let i = 0; i < 5; i++) document.querySelector('p')!.append(Object.assign(document.createElement('span'), { textContent: `v${i}` }));
    await settle();
    expect(scans()).toBe(1);
    expect(entry()).not.toBeNull();
    // Rows added by the dozen: one search of the page, not a look into each record.
    const addsOne = vi.spyOn(Element.prototype, 'querySelector');
    for (let i = 0; i < 30; i++) document.querySelector('p')!.append(document.createElement('div'));
    await settle();
    expect(scans()).toBe(2);
    expect(addsOne.mock.calls.filter(([s]) => s === HEADINGS).length).toBeLessThanOrEqual(20);
    addsOne.mockRestore();
    expect(entry()).not.toBeNull();
    // The page moves on to the form: the templates section goes, the entry with it.
    const templates = document.querySelector('section')!;
    templates.remove();
    await settle();
    expect(entry()).toBeNull();
    // Back to the picker: a heading came in, the entry is put back after the last template.
    document.querySelector('main')!.prepend(templates);
    await settle();
    expect(templates.lastElementChild).toBe(entry());
    // A text change that renames the heading: seen at the next change, the entry goes.
    templates.querySelector('h3')!.textContent = 'Custom token';
    document.querySelector('p')!.append(document.createElement('span'));
    await settle();
    expect(entry()).toBeNull();
    stop.abort();
    scan.mockRestore();
  });
});
