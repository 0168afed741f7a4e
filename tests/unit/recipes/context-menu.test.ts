import { describe, expect, it, vi } from 'vitest';
import { createPendingSelection } from '../../../lib/context-menu/pending-selection';
import { MENU_ID, startViews, type ViewsApi } from '../../../lib/context-menu/start';
import { readPendingSelectionReply } from '../../../lib/context-menu/messages';

const BASE = 'chrome-extension://abc/';

function fakeApi() {
  let onMessage!: Parameters<ViewsApi['runtime']['onMessage']['addListener']>[0];
  let onInstalled!: () => void;
  const created: unknown[] = [];
  const tabs: string[] = [];
  const api: ViewsApi = {
    runtime: {
      id: 'abc',
      getURL: (p) => BASE + p.replace(/^\//, ''),
      onInstalled: { addListener: (cb) => void (onInstalled = cb) },
      onMessage: { addListener: (cb) => void (onMessage = cb) },
    },
    contextMenus: { create: (p) => created.push(p), onClicked: { addListener: () => undefined } },
    tabs: { create: async ({ url }) => void tabs.push(url) },
  };
  const click = startViews(api);
  return { click, created, tabs, ask: (m: unknown, url: string, id = 'abc') => onMessage(m, { id, url }), install: () => onInstalled() };
}

describe('context menu', () => {
  it('registers one menu item for selected text on install', () => {
    const f = fakeApi();
    f.install();
    expect(f.created).toEqual([{ id: MENU_ID, title: 'Verify Cloudflare token', contexts: ['selection'] }]);
  });

  it('a click opens the verify page without the selection in its URL, and hands the text over once', async () => {
    const f = fakeApi();
    await f.click({ menuItemId: MENU_ID, selectionText: 'cfut_secret' });
    expect(f.tabs).toEqual([`${BASE}popup.html?from=selection`]);
    expect(f.tabs.join()).not.toContain('secret');
    expect(readPendingSelectionReply(await f.ask({ type: 'pending-selection' }, `${BASE}popup.html?from=selection`))).toBe('cfut_secret');
    expect(readPendingSelectionReply(await f.ask({ type: 'pending-selection' }, `${BASE}popup.html?from=selection`))).toBeNull();
  });

  it.each([
    ['the dashboard content script', 'https://dash.cloudflare.com/profile/api-tokens', 'abc'],
    ['another extension', `${BASE}popup.html`, 'other'],
    ['a web page', 'https://example.com/', 'abc'],
  ])('%s cannot collect the selection', async (_l, url, id) => {
    const f = fakeApi();
    await f.click({ menuItemId: MENU_ID, selectionText: 'cfut_secret' });
    expect(f.ask({ type: 'pending-selection' }, url, id)).toBeUndefined();
  });

  it('other menu items and foreign messages are ignored', async () => {
    const f = fakeApi();
    await f.click({ menuItemId: 'other', selectionText: 'x' });
    expect(f.tabs).toEqual([]);
    expect(f.ask({ type: 'permission-details', id: 'x' }, `${BASE}popup.html`)).toBeUndefined();
  });

  it.each([
    ['the dashboard', 'https://dash.cloudflare.com/profile/api-tokens/create', true],
    ['our own page', `${BASE}popup.html`, true],
    ['another site', 'https://evil.example/', false],
  ])('open-recipes from %s opens the recipe view: %s', async (_l, url, opens) => {
    const f = fakeApi();
    await f.ask({ type: 'open-recipes' }, url);
    expect(f.tabs).toEqual(opens ? [`${BASE}popup.html?view=recipes`] : []);
  });
});

describe('pending selection', () => {
  it.each([
    ['handed over within a minute', 59_000, 'text'],
    ['forgotten after a minute', 61_000, null],
  ])('%s', (_l, later, expected) => {
    const clock = vi.fn(() => 0);
    const p = createPendingSelection(60_000, clock);
    p.put('text');
    clock.mockReturnValue(later);
    expect(p.take()).toBe(expected);
  });

  it.each([['', null], ['   ', null], ['x'.repeat(5000), 'x'.repeat(4096)]])('put(%j) holds %j', (text, expected) => {
    const p = createPendingSelection();
    p.put(text);
    expect(p.take()).toBe(expected);
  });
});
