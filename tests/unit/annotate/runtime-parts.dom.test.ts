import { describe, expect, it, vi } from 'vitest';
import { onOwnClick } from '../../../components/dashboard/delegate';
import { createReporter } from '../../../components/dashboard/report';
import { createScheduler } from '../../../components/dashboard/scheduler';
import { luminance, parseColor, readTheme } from '../../../components/dashboard/theme';
import { isPlaced, place, removeHost, type Placement } from '../../../components/dashboard/place';

describe('createScheduler', () => {
  it('runs any number of requests once, in the next frame', () => {
    const frames: (() => void)[] = [];
    const run = vi.fn();
    const s = createScheduler(run, (cb) => frames.push(cb), () => {});
    s.schedule();
    s.schedule();
    s.schedule();
    expect(frames).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
    frames[0]();
    expect(run).toHaveBeenCalledTimes(1);
    s.schedule();
    expect(frames).toHaveLength(2);
  });

  it('schedules a new frame for a change made during the pass', () => {
    const frames: (() => void)[] = [];
    const s = createScheduler(() => s.schedule(), (cb) => frames.push(cb), () => {});
    s.schedule();
    frames[0]();
    expect(frames).toHaveLength(2);
  });

  it('flush runs a pending pass now; cancel drops it', () => {
    const run = vi.fn();
    const cancel = vi.fn();
    const s = createScheduler(run, () => 7, cancel);
    s.flush!();
    expect(run).not.toHaveBeenCalled();
    s.schedule();
    s.flush!();
    expect(run).toHaveBeenCalledTimes(1);
    s.schedule();
    s.cancel();
    expect(cancel).toHaveBeenLastCalledWith(7);
  });
});

describe('theme', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgb(29 33 40 / 50%)', [29, 33, 40, 0.5]],
    ['transparent', null],
  ])('parseColor(%s)', (css, rgba) => expect(parseColor(css)).toEqual(rgba));

  it('orders luminance from black to white', () => {
    expect(luminance([0, 0, 0, 1])).toBe(0);
    expect(luminance([255, 255, 255, 1])).toBeCloseTo(1);
    expect(luminance([29, 33, 40, 1])).toBeLessThan(0.2);
  });

  it.each([
    ['a dark page background', 'background: rgb(29, 33, 40)', '', false, 'dark'],
    ['a light page background', 'background: rgb(250, 250, 250)', '', true, 'light'],
    ['light text on a transparent page', 'color: rgb(230, 230, 230)', '', false, 'dark'],
    // The opacity threshold (0.5) both ways, for the background and for the text.
    ['a half-opaque dark background counts', 'background: rgba(29, 33, 40, 0.5)', '', false, 'dark'],
    ['a faint dark background does not', 'background: rgba(29, 33, 40, 0.4)', '', false, 'light'],
    ['a faint light background does not either', 'background: rgba(250, 250, 250, 0.4)', '', true, 'dark'],
    ['faint light text is not read', 'color: rgba(230, 230, 230, 0.4)', '', false, 'light'],
    ['a transparent body over a dark html', '', 'background: rgb(29, 33, 40)', false, 'dark'],
    ['nothing painted: the system preference', '', '', true, 'dark'],
    ['nothing painted, light system', '', '', false, 'light'],
  ])('%s', (_, bodyStyle, htmlStyle, prefersDark, theme) => {
    document.body.setAttribute('style', bodyStyle);
    document.documentElement.setAttribute('style', htmlStyle);
    const win = { getComputedStyle: window.getComputedStyle.bind(window), matchMedia: () => ({ matches: prefersDark }) } as unknown as Window;
    expect(readTheme(document, win)).toBe(theme);
    document.body.removeAttribute('style');
    document.documentElement.removeAttribute('style');
  });
});

describe('createReporter', () => {
  it('warns once, with a fixed prefix and no message text', () => {
    const warn = vi.fn();
    const report = createReporter(warn);
    report('read', new TypeError('secret cfut_abc and page text'));
    report('render', new Error('again'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^\[Token Lens\] .*"read".*TypeError/);
    expect(warn.mock.calls[0][0]).not.toContain('cfut_');
  });

  it('does not echo odd error names', () => {
    const warn = vi.fn();
    const err = new Error('x');
    err.name = '<b>page</b> text';
    createReporter(warn)('plan', err);
    expect(warn.mock.calls[0][0]).toContain('(Error)');
  });
});

describe('place', () => {
  it.each(['after', 'before', 'prepend', 'append'] as const)('%s', (where) => {
    document.body.innerHTML = '<div id="p"><i></i><b id="ref"><u></u></b><i></i></div>';
    const host = document.createElement('token-lens');
    const at: Placement = { where, ref: document.querySelector('#ref')! };
    expect(isPlaced(host, at)).toBe(false);
    place(host, at);
    expect(isPlaced(host, at)).toBe(true);
    const html = document.body.innerHTML;
    place(host, at);
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('place in a list', () => {
  it('makes the host a list item beside an <li>, and nothing elsewhere', () => {
    document.body.innerHTML = '<ul><li id="li">DNS</li></ul><div id="d"></div>';
    const host = document.createElement('token-lens');
    place(host, { where: 'after', ref: document.querySelector('#li')! });
    expect(host.getAttribute('role')).toBe('listitem');
    place(host, { where: 'after', ref: document.querySelector('#d')! });
    expect(host.hasAttribute('role')).toBe(false);
  });
});

describe('place beside a table row', () => {
  it('puts the host in a row of its own, one cell across the table; removing it removes that row', () => {
    document.body.innerHTML = '<table><tbody><tr id="a"><td>DNS</td><td colspan="2">Edit</td><td>✕</td></tr><tr id="b"><td>Zone</td></tr></tbody></table><div id="d"></div>';
    const host = document.createElement('token-lens');
    const at: Placement = { where: 'after', ref: document.querySelector('#a')! };
    place(host, at);
    const row = document.querySelector('#a')!.nextElementSibling!;
    expect(row.localName).toBe('tr');
    expect(row.getAttribute('data-token-lens')).toBe('table-row');
    expect((row.firstElementChild as HTMLTableCellElement).colSpan).toBe(4);
    expect(row.firstElementChild!.firstElementChild).toBe(host);
    expect(isPlaced(host, at)).toBe(true);
    const html = document.body.innerHTML;
    place(host, at);
    expect(document.body.innerHTML).toBe(html);
    // The page moved rows: ours follows its row, still one of it.
    document.querySelector('tbody')!.prepend(document.querySelector('#b')!, row);
    expect(isPlaced(host, at)).toBe(false);
    place(host, at);
    expect(document.querySelectorAll('tr[data-token-lens]')).toHaveLength(1);
    expect(document.querySelector('#a')!.nextElementSibling).toBe(row);
    // Elsewhere: out of the row, which goes.
    place(host, { where: 'after', ref: document.querySelector('#d')! });
    expect(document.querySelectorAll('tr[data-token-lens]')).toHaveLength(0);
    place(host, at);
    removeHost(host);
    expect(document.querySelectorAll('token-lens, tr[data-token-lens]')).toHaveLength(0);
  });
});

describe('onOwnClick', () => {
  it('handles a click on our button inside a shadow root and keeps it from the page', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    const ours = vi.fn();
    const page = vi.fn();
    document.body.addEventListener('click', page);
    onOwnClick(document, button, ours);
    button.click();
    expect(ours).toHaveBeenCalledTimes(1);
    expect(page).not.toHaveBeenCalled();
    host.click(); // a click elsewhere still reaches the page
    expect(page).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('click', page);
  });
});

describe('onOwnClick and keys', () => {
  it('keeps keys on our button from the page; other keys still reach it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    onOwnClick(document, button, () => {});
    const page = vi.fn();
    document.body.addEventListener('keydown', page);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(page).not.toHaveBeenCalled();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(page).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('keydown', page);
  });
});
