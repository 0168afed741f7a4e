// The notice on a token page that can't be read: when it shows (after the delay, no step, by
// URL), its reason, where it goes, and its Copy page outline button.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startNotices, type Notices } from '../../../components/dashboard/notice';
import { crc32Hex } from '../../../lib/token/crc32';

const DELAY = 20;
const wait = (ms = DELAY * 3) => new Promise((r) => setTimeout(r, ms));
const notice = () => document.querySelector<HTMLElement>('[data-token-lens="notice"]');
const BODY = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq';
const SECRET = `cfut_${BODY}${crc32Hex(BODY)}`;

describe('notices', () => {
  let controller: AbortController;
  let notices: Notices;
  let tokenPage: boolean;
  let copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  const report = vi.fn();

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `<header><button>Support</button></header><main><h1>Something new</h1><p>Your token: ${SECRET}</p><form><label for="f">Token name</label><input id="f" value="${SECRET}"></form></main>`;
    tokenPage = true;
    controller = new AbortController();
    report.mockClear();
    copy = vi.fn<(text: string) => Promise<void>>(async () => {});
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: copy }, configurable: true });
    notices = startNotices({ doc: document, win: window, signal: controller.signal, isTokenPage: () => tokenPage, report, delay: DELAY, version: () => '9.9.9' });
  });
  afterEach(() => {
    controller.abort();
    expect(report).not.toHaveBeenCalled();
  });

  it('shows "unreadable" at the top of <main> only after the delay, when no step was recognised', async () => {
    notices.onStep('none');
    expect(notice()).toBeNull();
    await wait();
    const host = notice()!;
    expect(host.getAttribute('data-reason')).toBe('unreadable');
    expect(document.querySelector('main')!.firstElementChild).toBe(host);
    expect(host.getAttribute('data-theme')).toMatch(/^(light|dark)$/);
    const text = host.shadowRoot!.textContent!;
    expect(text).toContain("couldn't read this page");
    expect(text).toMatch(/popup still verifies a pasted token/);
    expect(text).toMatch(/least-privilege recipes/);
    // Passes go on: still one notice, in the same place.
    notices.onStep('none');
    notices.onStep('none');
    expect(document.querySelectorAll('[data-token-lens="notice"]')).toHaveLength(1);
  });

  it.each([
    ['de', 'language'],
    ['ja', 'language'],
    ['pt-BR', 'language'],
    ['zh-Hant', 'language'],
    ['en', 'unreadable'],
    ['en-GB', 'unreadable'],
    ['', 'unreadable'],
  ])('<html lang="%s"> → %s', async (lang, reason) => {
    document.documentElement.setAttribute('lang', lang);
    notices.onStep('none');
    await wait();
    expect(notice()?.getAttribute('data-reason')).toBe(reason);
    if (reason === 'language') expect(notice()!.shadowRoot!.textContent).toContain('need the dashboard in English');
    document.documentElement.removeAttribute('lang');
    notices.onStep('none');
    expect(notice()?.getAttribute('data-reason')).toBe('unreadable');
  });

  it('never shows when a step is recognised within the delay', async () => {
    notices.onStep('none');
    notices.onStep('classic-form');
    await wait();
    expect(notice()).toBeNull();
  });

  it('goes away when a step is recognised, and comes back only after a new delay', async () => {
    notices.onStep('none');
    await wait();
    expect(notice()).not.toBeNull();
    notices.onStep('tokens-list');
    expect(notice()).toBeNull();
    notices.onStep('none');
    expect(notice()).toBeNull();
    await wait();
    expect(notice()).not.toBeNull();
  });

  it('goes away when the user leaves the token page, and is never shown off one', async () => {
    notices.onStep('none');
    await wait();
    tokenPage = false;
    notices.onStep('none');
    expect(notice()).toBeNull();
    await wait();
    expect(notice()).toBeNull();
    // Left before the delay ran out: the timer finds no token page.
    tokenPage = true;
    notices.onStep('none');
    tokenPage = false;
    await wait();
    expect(notice()).toBeNull();
  });

  it('goes first in <body> when the page has no main area, and back in place when the page takes it out', async () => {
    document.body.innerHTML = '<div id="app"><h1>x</h1></div>';
    notices.onStep('none');
    await wait();
    expect(document.body.firstElementChild).toBe(notice());
    // A re-render puts a new <main>: the next pass moves the notice there.
    document.body.insertAdjacentHTML('beforeend', '<main><h1>y</h1></main>');
    notice()!.remove();
    notices.onStep('none');
    expect(document.querySelector('main')!.firstElementChild).toBe(notice());
  });

  it('takes no focus; its button is a real button; clicks and keys stay inside', async () => {
    const input = document.querySelector('input')!;
    input.focus();
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'keyup']) document.addEventListener(type, () => seen.push(type));
    notices.onStep('none');
    await wait();
    expect(document.activeElement).toBe(input);
    const button = notice()!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Copy page outline');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.hasAttribute('tabindex')).toBe(false);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    button.click();
    await wait(0);
    expect(seen).toEqual([]);
    expect(document.activeElement).toBe(input);
  });

  it('copies the page outline on a click only: headings in it, secrets and values not', async () => {
    notices.onStep('none');
    await wait();
    expect(copy).not.toHaveBeenCalled();
    notice()!.shadowRoot!.querySelector('button')!.click();
    await wait(0);
    expect(copy).toHaveBeenCalledTimes(1);
    const text = copy.mock.calls[0][0];
    expect(text).toContain('h1 "Something new"');
    expect(text).toContain('Token Lens: 9.9.9');
    expect(text).not.toContain('cfut_');
    expect(text).not.toContain(BODY.slice(0, 10));
    expect(text).not.toContain('Copy page outline'); // nothing of ours
    expect(notice()!.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/^Outline copied \(\d+ characters\)/);
  });

  it('says so when the clipboard refuses', async () => {
    copy.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    notices.onStep('none');
    await wait();
    notice()!.shadowRoot!.querySelector('button')!.click();
    await wait(0);
    expect(notice()!.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/^Couldn't copy/);
  });

  it('leaves nothing behind when stopped', async () => {
    notices.onStep('none');
    await wait();
    controller.abort();
    expect(notice()).toBeNull();
    notices.onStep('none');
    await wait();
    expect(notice()).toBeNull();
  });
});
