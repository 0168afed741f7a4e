// The runtime's plumbing on the replica form, with the real readers and annotator: tests that
// fail when a pass redraws hosts that did not change, when a click or key inside one of our hosts
// reaches the page, or when a host stays in the page after its anchor row is gone. (A navigation
// that keeps the row cache: runtime-incremental.dom.test.ts and runtime-state.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../components/dashboard/annotator';
import { startRuntime } from '../../../components/dashboard/runtime';
import type { Scheduler } from '../../../components/dashboard/scheduler';
import { readPage, readPageInSteps, refreshPage } from '../../../lib/dashboard/read-page';
import { finding, onRow } from './helpers';
import { fixture, servedAt } from '../dashboard/load';
import { createPlanner } from '../../../lib/dashboard/annotate/plan-page';

const FILE = 'classic-form.html';
const tick = () => new Promise((r) => setTimeout(r, 0));
const notes = () => [...document.querySelectorAll<HTMLElement>('token-lens[data-token-lens="permission"]')];
const hosts = () => [...document.querySelectorAll<HTMLElement>('token-lens')];
// Test-side only: the replica's hooks.
const permRows = () => [...document.querySelectorAll('[data-rp="perm-row"]')];
const levelOf = (row: Element) => row.querySelector('[data-kind="level"] .Select-value-label')!;

describe('runtime plumbing', () => {
  let controller: AbortController;
  let scheduler: Scheduler;
  const errors: unknown[] = [];

  beforeEach(() => {
    const doc = new DOMParser().parseFromString(fixture(FILE), 'text/html');
    document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    document.querySelectorAll('script').forEach((s) => s.remove());
    errors.length = 0;
    controller = new AbortController();
    // A finding on a row, so notes and the summary have buttons (to open a note, to show findings).
    const planner = createPlanner({
      analyze: (model) => (model.policies.length ? [finding('edit', 'high', onRow(model.policies[0].permissions[0]?.ref ?? ''))] : []),
      summarize: () => ({ level: 'high', verdict: 'Risky' }),
      lookup: (q, s) => ({ known: false, name: q, label: q, level: 'other', aliases: [], short: `Use ${q}`, risk: 'medium', riskReason: 'Unknown group.', ...(s ? { scope: s } : {}) }),
      groups: () => [],
      options: () => ({ strictness: 'balanced', maxLifetimeDays: 90, broadTokenGroups: 10, disabledRules: [], unusedDays: 90, neverUsedDays: 30 }),
      now: () => new Date(0),
      summarySpot: () => ({ where: 'prepend', ref: document.querySelector('form')! }),
      reminderSpot: () => null,
    });
    scheduler = startRuntime({
      doc: document, win: window, signal: controller.signal, isTokenPage: () => true,
      readPage: (doc, _url, cache) => readPage(doc, servedAt(FILE), cache),
      readPageInSteps: (doc, _url, cache, atOnce) => readPageInSteps(doc, servedAt(FILE), cache, atOnce),
      refreshPage, plan: planner, annotator: createAnnotator(document, async () => null), report: (_, e) => errors.push(e),
    });
    scheduler.flush!();
  });
  afterEach(() => {
    controller.abort();
    expect(errors).toEqual([]);
  });

  const pass = async () => {
    await tick(); // the mutation records reach the watcher
    scheduler.flush!();
  };

  /** Marks every host; a host drawn again gets its own attributes back (layer.ts: mark). */
  const tamper = () => hosts().forEach((h) => h.setAttribute('data-risk', 'tampered'));
  const tampered = () => notes().map((h) => h.getAttribute('data-risk') === 'tampered');

  it('a change in one row redraws only that row\'s note', async () => {
    expect(notes()).toHaveLength(3);
    tamper();
    levelOf(permRows()[1]).textContent = 'Read'; // DNS Edit → DNS Read
    await pass();
    expect(tampered()).toEqual([true, false, true]);
  });

  it('a page-wide read (a row added) redraws no note whose row did not change', async () => {
    tamper();
    const before = notes();
    permRows()[2].after(permRows()[2].cloneNode(true)); // the page adds a row: the page is read whole
    await pass();
    expect(notes()).toHaveLength(4);
    expect(notes().filter((n) => before.includes(n))).toEqual(before); // the same hosts, kept
    expect(tampered()).toEqual([true, true, true, false]);
  });

  it('no click or key inside any of our hosts reaches the page', async () => {
    expect(notes().length).toBeGreaterThan(0);
    const kinds = new Set(hosts().map((h) => h.getAttribute('data-token-lens')));
    expect([...kinds]).toEqual(expect.arrayContaining(['permission', 'summary']));
    const heard: string[] = [];
    const ac = new AbortController();
    const types = ['click', 'keydown', 'keyup'] as const;
    for (const type of types) {
      for (const target of [window, document, document.body, document.querySelector('form')!]) {
        target.addEventListener(type, (e) => heard.push(`${type} on ${(e.currentTarget as Node).nodeName ?? 'window'}`), { signal: ac.signal });
      }
    }
    let buttons = 0;
    for (const host of hosts()) {
      for (const button of host.shadowRoot!.querySelectorAll('button')) {
        buttons++;
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'Enter' }));
        button.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Enter' }));
      }
    }
    ac.abort();
    expect(buttons).toBeGreaterThanOrEqual(notes().length);
    expect(heard).toEqual([]);
  });

  it.each([
    ['removed', (row: Element) => row.remove()],
    ['replaced by a new element (remounted)', (row: Element) => row.replaceWith(row.cloneNode(true))],
    ['taken out with its section (the page renders a new one)', (row: Element) => {
      const fresh = row.parentElement!.cloneNode(true) as Element;
      fresh.querySelectorAll('token-lens').forEach((h) => h.remove()); // the page's own copy holds none of ours
      row.parentElement!.replaceWith(fresh);
    }],
  ])('a row whose element is %s: no host stays for the old element', async (_, change) => {
    const old = permRows()[1];
    const oldNote = notes()[1];
    expect(old.nextElementSibling).toBe(oldNote);
    change(old);
    await pass();
    expect(old.isConnected).toBe(false);
    expect(oldNote.isConnected).toBe(false);
    // One note per row in the page, each right after its row.
    expect(notes()).toHaveLength(permRows().length);
    permRows().forEach((r) => expect(r.nextElementSibling?.getAttribute('data-token-lens')).toBe('permission'));
    notes().forEach((n) => expect(n.previousElementSibling?.getAttribute('data-rp')).toBe('perm-row'));
  });
});
