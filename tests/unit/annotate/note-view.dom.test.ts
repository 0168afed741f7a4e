import { describe, expect, it, vi } from 'vitest';
import { createDetailsLoader } from '../../../components/dashboard/details';
import { noteView } from '../../../components/dashboard/note-view';
import { planNote } from '../../../lib/dashboard/annotate/plan-notes';
import { fakeLookup, finding, onRow, row } from './helpers';

const dns = (findings = [finding('dns-all-zones', 'high', onRow('r1'), 'DNS on every zone')]) => planNote(row('r1', 'DNS Edit', 'zone'), findings, fakeLookup);
const flush = () => new Promise((r) => setTimeout(r, 0));
/** Preact runs effects after paint: poll briefly instead of guessing a delay. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

function mount(load = vi.fn(async (_id: string) => 'The long story about DNS.' as string | null)) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const view = noteView(load)(root);
  const toggle = () => root.querySelector('button')!;
  return { root, view, toggle, load };
}

describe('note view', () => {
  it('shows the badge, the label and the one line, and counts the warnings', () => {
    const { root, view } = mount();
    view.update(dns());
    expect(root.querySelector('.badge')?.textContent).toBe('Critical');
    expect(root.textContent).toContain('DNS Edit — Change DNS records · 1 warning');
  });

  it('opens and closes with its button, loading the long text only when opened', async () => {
    const { root, view, toggle, load } = mount();
    view.update(dns());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-label')).toBe('Details for DNS Edit');
    expect(load).not.toHaveBeenCalled();
    toggle().click();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await until(() => root.textContent!.includes('The long story'));
    expect(root.textContent).toContain('The long story about DNS.');
    expect(load).toHaveBeenCalledWith('4755a26eedb94da69e1066d98aa820be');
    const item = root.querySelector('[data-token-lens="note-finding"]');
    expect([item?.getAttribute('data-code'), item?.textContent]).toEqual(['dns-all-zones', expect.stringContaining('DNS on every zone')]);
    toggle().click();
    expect(root.querySelector('#more')?.hasAttribute('hidden')).toBe(true);
    expect(root.textContent).not.toContain('The long story');
  });

  it('asks nothing for an unknown group and still explains it', () => {
    const { root, view, toggle, load } = mount();
    view.update(planNote(row('r1', 'Mystery Edit'), [], fakeLookup));
    toggle().click();
    expect(load).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Unknown group.');
  });

  it('stays open and follows the row when it is redrawn', async () => {
    const { root, view, toggle } = mount();
    view.update(dns());
    toggle().click();
    view.update(dns([]));
    await flush();
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[data-token-lens="note-finding"]')).toBeNull();
  });

  // A redrawn note must read exactly like a new one: only what changed is written again.
  const plans = {
    'dns, 1 warning': () => dns(),
    'dns, none': () => dns([]),
    'dns, 2 warnings': () => dns([finding('a', 'high', onRow('r1')), finding('b', 'low', onRow('r1'))]),
    'dns read': () => planNote(row('r1', 'DNS Read', 'zone'), [], fakeLookup),
    'unknown': () => planNote(row('r1', 'Mystery Edit'), [], fakeLookup),
  };
  const names = Object.keys(plans) as (keyof typeof plans)[];
  it.each(names.flatMap((a) => names.map((b) => [a, b])))('redrawn from %s to %s, reads as if new', (a, b) => {
    const redrawn = mount();
    redrawn.view.update(plans[a]());
    redrawn.view.update(plans[b]());
    const fresh = mount();
    fresh.view.update(plans[b]());
    expect(redrawn.root.innerHTML).toBe(fresh.root.innerHTML);
  });

  it('renders a hostile label as text', () => {
    const { root, view } = mount();
    view.update(planNote(row('r1', '<img src=x onerror=alert(1)>'), [], fakeLookup));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.label')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('createDetailsLoader', () => {
  it('asks the background once per group and checks the reply', async () => {
    const id = '4755a26eedb94da69e1066d98aa820be';
    const send = vi.fn(async () => ({ id, text: 'Long' }));
    const load = createDetailsLoader(send);
    expect(await load(id)).toBe('Long');
    expect(await load(id)).toBe('Long');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'permission-details', id });
  });

  it.each([
    ['a reply for another id', { id: 'other', text: 'x' }],
    ['a malformed reply', 'nonsense'],
    ['no long text', { id: 'a'.repeat(32), text: null }],
  ])('%s gives null', async (_, reply) => {
    expect(await createDetailsLoader(async () => reply)('a'.repeat(32))).toBeNull();
  });

  it('retries after a failed request', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce({ id: 'b'.repeat(32), text: 'ok' });
    const load = createDetailsLoader(send);
    expect(await load('b'.repeat(32))).toBeNull();
    expect(await load('b'.repeat(32))).toBe('ok');
  });
});
