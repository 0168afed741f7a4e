import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromPage, watchPage } from '../../../components/dashboard/watch';

const host = () => {
  const h = document.createElement('token-lens');
  h.setAttribute('data-token-lens', 'permission');
  return h;
};
const list = (...nodes: Node[]) => nodes as unknown as NodeList;
const rec = (over: Partial<MutationRecord>): MutationRecord =>
  ({ type: 'childList', target: document.body, addedNodes: list(), removedNodes: list(), ...over }) as MutationRecord;

describe('fromPage', () => {
  it.each([
    ['our host inserted', false, rec({ addedNodes: list(host()) })],
    ['a page row inserted', true, rec({ addedNodes: list(document.createElement('div')) })],
    ['a page row and our host inserted', true, rec({ addedNodes: list(host(), document.createElement('div')) })],
    ['something removed (maybe our host, by the page)', true, rec({ removedNodes: list(host()) })],
    ['text changed', true, rec({ type: 'characterData', target: document.createTextNode('x') })],
    ['an ARIA state changed on the page', true, rec({ type: 'attributes', target: document.createElement('span') })],
    ['an attribute changed on our host', false, rec({ type: 'attributes', target: host() })],
    ['an element with our tag but not our mark', true, rec({ addedNodes: list(document.createElement('token-lens')) })],
  ])('%s → %s', (_, expected, record) => expect(fromPage(record)).toBe(expected));
});

describe('watchPage', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('signals page changes, navigation events and edits; only navigation when inactive', async () => {
    const onChange = vi.fn();
    let active = true;
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const watcher = watchPage({ doc: document, win: window, signal: controller.signal, onChange, isActive: () => active });
    document.body.append(document.createElement('div'));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(host());
    await tick();
    expect(onChange).toHaveBeenCalledTimes(1); // our own insertion: ignored
    navigation.dispatchEvent(new Event('navigate'));
    window.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(3);
    document.dispatchEvent(new Event('input'));
    expect(onChange).toHaveBeenCalledTimes(4);
    active = false;
    document.body.append(document.createElement('div'));
    document.dispatchEvent(new Event('input'));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(4);
    history.pushState({}, '', '/elsewhere');
    document.body.append(document.createElement('div'));
    await tick();
    expect(onChange).toHaveBeenCalledTimes(5); // the URL moved: noticed on the next mutation batch
    watcher.quiet(() => document.body.append(document.createElement('p'))); // our own write: no record
    await tick();
    expect(onChange).toHaveBeenCalledTimes(5);
    active = true;
    document.body.append(document.createElement('div'));
    watcher.quiet(() => document.body.append(document.createElement('p'))); // the page's pending record is handed on
    expect(onChange).toHaveBeenCalledTimes(6);
    await tick();
    expect(onChange).toHaveBeenCalledTimes(6);
  });
});

describe('watchPage: what the user or the page changes on a control', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const make = (html: string) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    return box.firstElementChild as HTMLElement;
  };
  const fire = (type: string) => (el: HTMLElement) => el.dispatchEvent(new Event(type, { bubbles: true }));

  it.each<[string, boolean, string, (el: HTMLElement) => void]>([
    // A native checkbox or select changed by the user: its state is a property, no attribute moves.
    ['a native checkbox fires change', true, '<input type="checkbox">', fire('change')],
    ['a native select fires change', true, '<select><option>a</option><option>b</option></select>', fire('change')],
    ['a text field fires input', true, '<input type="text">', fire('input')],
    ['a role=checkbox toggles aria-checked', true, '<span role="checkbox" aria-checked="false">Read</span>', (el) => el.setAttribute('aria-checked', 'true')],
    ['an attribute no reader uses', false, '<span role="checkbox" aria-checked="false">Read</span>', (el) => el.setAttribute('data-x', '1')],
    ['an event no reader uses', false, '<input type="checkbox">', fire('focusin')],
  ])('%s → signalled: %s', async (_, signalled, html, act) => {
    const el = make(html);
    document.body.append(el);
    const controller = new AbortController();
    const onChange = vi.fn();
    watchPage({ doc: document, win: window, signal: controller.signal, onChange, isActive: () => true });
    try {
      act(el);
      await tick();
      expect(onChange.mock.calls.map(([what]) => what)).toEqual(signalled ? ['dom'] : []);
      if (signalled) {
        const detail = onChange.mock.calls[0][1];
        expect(detail.target ?? detail.records?.[0]?.target).toBe(el);
      }
    } finally {
      controller.abort();
      el.remove();
    }
  });
});
