import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { planNotes } from '../../../lib/dashboard/annotate/plan-notes';
import { planSections } from '../../../lib/dashboard/annotate/plan-sections';
import { planSummary } from '../../../lib/dashboard/annotate/plan-summary';
import { EMPTY_PLAN, type PagePlan } from '../../../lib/dashboard/annotate/types';
import { fakeLookup, finding, onRow, onSection, row } from './helpers';

function form(n: number) {
  document.body.innerHTML = `<form><section id="perms">${'<div class="row"><span>x</span><button>✕</button></div>'.repeat(n)}</section><h3 id="ttl">TTL</h3><div id="footer"><button>Continue to summary</button></div></form>`;
  const els = [...document.querySelectorAll('.row')];
  return els.map((el, i) => row(`r${i}`, i % 2 ? 'Zone Read' : 'DNS Edit', 'zone', el));
}

function plan(rows: ReturnType<typeof form>, findings = [finding('no-expiry', 'medium', onSection('ttl'))]): PagePlan {
  return {
    ...EMPTY_PLAN,
    step: 'classic-form',
    notes: planNotes(rows, findings, fakeLookup),
    sections: planSections({ ttl: document.querySelector('#ttl')! }, findings),
    summary: planSummary(findings, { level: 'medium', verdict: 'Needs work' }, { where: 'before', ref: document.querySelector('#footer')! }),
  };
}

const hosts = (kind: string) => [...document.querySelectorAll(`[data-token-lens="${kind}"]`)];
const shadowText = (el: Element) => el.shadowRoot?.textContent ?? '';

describe('annotator', () => {
  let annotator: ReturnType<typeof createAnnotator>;
  beforeEach(() => {
    annotator = createAnnotator(document, vi.fn(async () => 'Long text'));
  });

  it('puts exactly one note right after each row, with id and risk on the host', () => {
    const rows = form(3);
    annotator.apply(plan(rows), 'light');
    const notes = hosts('permission');
    expect(notes).toHaveLength(3);
    rows.forEach((r, i) => expect(r.element.nextSibling).toBe(notes[i]));
    expect(notes.map((n) => [n.getAttribute('data-permission-id'), n.getAttribute('data-risk'), n.getAttribute('data-theme')])).toEqual([
      ['4755a26eedb94da69e1066d98aa820be', 'critical', 'light'],
      ['c8fed203ed3043cba015a93ad1616f1f', 'low', 'light'],
      ['4755a26eedb94da69e1066d98aa820be', 'critical', 'light'],
    ]);
    expect(shadowText(notes[0])).toContain('Change DNS records');
  });

  it('places the section warning after its heading and the summary before the footer', () => {
    const rows = form(1);
    annotator.apply(plan(rows), 'dark');
    const [section] = hosts('section');
    expect(document.querySelector('#ttl')!.nextSibling).toBe(section);
    expect(section.getAttribute('data-section')).toBe('ttl');
    const [summary] = hosts('summary');
    expect(summary.nextSibling).toBe(document.querySelector('#footer'));
    expect(summary.getAttribute('data-theme')).toBe('dark');
    const items = [...summary.shadowRoot!.querySelectorAll('[data-token-lens="finding"]')];
    expect(items.map((i) => [i.getAttribute('data-code'), i.getAttribute('data-severity')])).toEqual([['no-expiry', 'medium']]);
  });

  it('is idempotent: many passes leave one host per row and redraw nothing unchanged', () => {
    const rows = form(5);
    annotator.apply(plan(rows), 'light');
    const first = hosts('permission');
    const mount = first[0].shadowRoot!.lastElementChild!;
    const before = mount.innerHTML;
    for (let i = 0; i < 5; i++) annotator.apply(plan(rows), 'light');
    expect(hosts('permission')).toEqual(first);
    expect(hosts('summary')).toHaveLength(1);
    expect(mount.innerHTML).toBe(before);
  });

  it('updates a changed row in place and removes the note of a removed row', () => {
    const rows = form(3);
    annotator.apply(plan(rows), 'light');
    const [a, b] = hosts('permission');
    rows[2].element.remove();
    const changed = [row('r0', 'Zone Read', 'zone', rows[0].element), rows[1]];
    annotator.apply(plan(changed, [finding('x', 'high', onRow('r0'))]), 'light');
    expect(hosts('permission')).toEqual([a, b]);
    expect(a.getAttribute('data-risk')).toBe('low');
    expect(shadowText(a)).toContain('1 warning');
  });

  it('moves a note back beside its row when the page reorders rows', () => {
    const rows = form(3);
    annotator.apply(plan(rows), 'light');
    const section = document.querySelector('#perms')!;
    section.prepend(rows[2].element); // React-style move: the note stays behind
    annotator.apply(plan(rows), 'light');
    rows.forEach((r) => expect(r.element.nextElementSibling?.getAttribute('data-token-lens')).toBe('permission'));
    expect(section.children).toHaveLength(6);
  });

  it('shows a hostile label as text', () => {
    const rows = [row('r0', '<img src=x onerror=alert(1)>', 'zone', form(1)[0].element)];
    annotator.apply(plan(rows, []), 'light');
    const [note] = hosts('permission');
    expect(note.shadowRoot!.querySelector('img')).toBeNull();
    expect(shadowText(note)).toContain('<img src=x onerror=alert(1)>');
  });

  it('clear() removes everything it added', () => {
    const rows = form(2);
    annotator.apply(plan(rows), 'light');
    annotator.clear();
    expect(document.querySelectorAll('[data-token-lens]')).toHaveLength(0);
    expect(document.querySelectorAll('.row')).toHaveLength(2);
  });

  it('in batch steps, changes the page only in the last step: stale notes out, new ones in, summary', () => {
    const rows = form(4);
    annotator.apply(plan(rows.slice(0, 2)), 'light');
    const stale = hosts('permission');
    const before = document.body.innerHTML;
    const steps = annotator.steps(plan(rows.slice(1)), 'light', false, true);
    for (let i = 0; i < 3; i++) expect(steps.next().done).toBe(false); // three notes drawn outside the page
    expect(document.body.innerHTML).toBe(before);
    expect(steps.next().done).toBe(true);
    expect(hosts('permission')).toHaveLength(3);
    expect(hosts('permission')).not.toContain(stale[0]);
    expect(hosts('permission')[0]).toBe(stale[1]); // row 1 kept its note
    rows.slice(1).forEach((r) => expect(r.element.nextElementSibling?.getAttribute('data-token-lens')).toBe('permission'));
    expect(hosts('summary')).toHaveLength(1);
  });

  it('with `still`, skips notes whose plan is the same object, and redraws the others', () => {
    const rows = form(3);
    const first = plan(rows);
    annotator.apply(first, 'light');
    const [a] = hosts('permission');
    a.setAttribute('data-risk', 'tampered'); // would be put back by a redraw
    const next = { ...first, notes: [first.notes[0], ...plan([row('r1', 'DNS Edit', 'zone', rows[1].element), rows[2]]).notes.slice(0, 1), first.notes[2]] };
    for (const _ of annotator.steps(next, 'light', true));
    expect(a.getAttribute('data-risk')).toBe('tampered');
    expect(hosts('permission')[1].getAttribute('data-risk')).toBe('critical');
    for (const _ of annotator.steps(next, 'dark', true));
    expect(a.getAttribute('data-theme')).toBe('dark'); // a new theme reaches every note
  });
});
