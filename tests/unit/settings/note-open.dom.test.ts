// The note view's hook for the "expanded" notes option (components/dashboard/note-view.ts).
import { describe, expect, it, vi } from 'vitest';
import { noteView } from '../../../components/dashboard/note-view';
import { planNote } from '../../../lib/dashboard/annotate/plan-notes';
import type { NotePlan } from '../../../lib/dashboard/annotate/types';
import { fakeLookup, finding, onRow, row } from '../annotate/helpers';

const withWarning = planNote(row('r1', 'DNS Edit', 'zone'), [finding('x', 'high', onRow('r1'), 'Reaches every zone')], fakeLookup);
const noWarning = planNote(row('r1', 'DNS Edit', 'zone'), [], fakeLookup);

function mount(openByDefault?: (p: NotePlan) => boolean) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const view = noteView(vi.fn(async () => null), openByDefault)(root);
  const toggle = () => root.querySelector('button')!;
  return { root, view, toggle };
}

describe('note open by default', () => {
  it.each([
    ['no hook (compact)', undefined, 'false', false],
    ['hook says closed', () => false, 'false', false],
    ['hook says open', () => true, 'true', true],
  ])('%s', (_name, hook, expanded, shown) => {
    const { root, view, toggle } = mount(hook);
    view.update(withWarning);
    expect(toggle().getAttribute('aria-expanded')).toBe(expanded);
    expect(root.textContent!.includes('Reaches every zone')).toBe(shown);
  });

  it('follows the plan until the button is used, then the user', () => {
    const { view, toggle } = mount((p) => p.findings.length > 0);
    view.update(noWarning);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    view.update(withWarning);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    toggle().click();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    view.update({ ...withWarning, signature: 'changed' });
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });
});
