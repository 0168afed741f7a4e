import { describe, expect, it } from 'vitest';
import { el } from '../../../components/dashboard/dom';
import { safeDocsUrl } from '../../../components/dashboard/finding-list';
import { createHost } from '../../../components/dashboard/host';
import { rebuildView, riskFlags, sectionWarning, summaryView } from '../../../components/dashboard/views';
import { syncChildren } from '../../../components/dashboard/finding-list';
import { planSummary } from '../../../lib/dashboard/annotate/plan-summary';
import { finding, onSection } from './helpers';

const spot = { where: 'after' as const, ref: document.body };

describe('el', () => {
  it('turns strings into text, never markup', () => {
    const p = el(document, 'p', { title: '"><b>x</b>' }, '<img src=x onerror=alert(1)>', null, false);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(p.getAttribute('title')).toBe('"><b>x</b>');
  });
});

describe('safeDocsUrl', () => {
  it.each([
    ['https://developers.cloudflare.com/fundamentals/api/', true],
    ['javascript:alert(1)', false],
    ['http://example.com', false],
    ['https://x.test/"onmouseover=1', false],
  ])('%s', (url, ok) => expect(safeDocsUrl(url) !== null).toBe(ok));
});

describe('summaryView', () => {
  it.each([
    ['no findings', [], 'none', 'OK', 'no warnings'],
    ['two findings', [finding('a', 'low', onSection('ttl')), finding('b', 'high', onSection('token'))], 'high', 'High', '2 warnings'],
  ] as const)('%s', (_, findings, level, badge, count) => {
    const plan = planSummary([...findings], { level, verdict: 'The verdict.' }, spot);
    const view = summaryView(document);
    view.update(plan);
    const node = view.node as HTMLElement;
    expect(node.querySelector('.badge')?.textContent).toBe(badge);
    expect(node.textContent).toContain(count);
    expect(node.textContent).toContain('The verdict.');
    expect([...node.querySelectorAll('[data-token-lens="finding"]')].map((f) => f.getAttribute('data-code'))).toEqual(
      [...findings].sort((x, y) => (x.severity === 'high' ? -1 : y.severity === 'high' ? 1 : 0)).map((f) => f.code),
    );
  });
});

describe('sectionWarning and riskFlags', () => {
  it('show every finding title and fix as text', () => {
    const f = finding('no-ip', 'medium', onSection('ip-filter'), '<b>No filter</b>');
    const node = sectionWarning(document, { key: 'ip-filter', section: 'ip-filter', at: spot, severity: 'medium', findings: [f], signature: '' }) as HTMLElement;
    expect(node.querySelector('b')).toBeNull();
    expect(node.textContent).toContain('<b>No filter</b> no-ip fix');
    const flags = riskFlags(document, { key: document.body, kind: 'token', at: spot, risk: 'critical', badge: 'Critical · broad', reasons: ['a', 'b'], signature: '' }) as HTMLElement;
    expect(flags.textContent).toBe('Critical · broada · b');
  });
});

describe('rebuildView', () => {
  it('keeps the styles when it redraws', () => {
    const { root } = createHost(document, 'summary');
    const styled = () => root.adoptedStyleSheets?.length === 1 || root.querySelector('style') !== null;
    expect(styled()).toBe(true);
    const view = rebuildView((doc, text: string) => el(doc, 'p', {}, text))(root);
    view.update('one');
    view.update('two');
    expect(styled()).toBe(true);
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['two']);
  });
});

describe('syncChildren', () => {
  const make = () => {
    const parent = document.createElement('ul');
    const nodes = 'abcdef'.split('').map((id) => Object.assign(document.createElement('li'), { id }));
    return { parent, pick: (ids: string) => ids.split('').map((id) => nodes['abcdef'.indexOf(id)]) };
  };
  it.each([
    ['', 'abc'], ['abc', 'abc'], ['abc', ''], ['abc', 'abdc'], ['abc', 'cba'], ['abcdef', 'bdf'], ['ab', 'efab'], ['abc', 'dbc'],
  ])('%s → %s', (from, to) => {
    const { parent, pick } = make();
    parent.append(...pick(from));
    const kept = pick(to).filter((n) => n.parentNode === parent);
    syncChildren(parent, pick(to));
    expect([...parent.children].map((c) => c.id).join('')).toBe(to);
    for (const n of kept) expect(n.parentNode).toBe(parent);
  });
  it.each([
    ['abcdef', 'acdef', 0], ['abcdef', 'abcdxef', 1], ['abcdef', 'bcdef', 0], ['abcdef', 'abdexf', 1], ['abc', 'cab', 1],
  ])('%s → %s moves or inserts %i node(s)', (from, to, moves) => {
    const parent = document.createElement('ul');
    const nodes = new Map([...new Set(from + to)].map((id) => [id, Object.assign(document.createElement('li'), { id })]));
    parent.append(...[...from].map((id) => nodes.get(id)!));
    let inserted = 0;
    const insertBefore = parent.insertBefore.bind(parent);
    parent.insertBefore = (<T extends Node>(n: T, ref: Node | null): T => (inserted++, insertBefore(n, ref))) as typeof parent.insertBefore;
    syncChildren(parent, [...to].map((id) => nodes.get(id)!));
    expect([...parent.children].map((c) => c.id).join('')).toBe(to);
    expect(inserted).toBe(moves);
  });
});

describe('summaryView updates', () => {
  it('keeps its list and the items of findings that stay; drops the list when none are left', () => {
    const a = finding('a', 'high', onSection('ttl'));
    const b = finding('b', 'low', onSection('ttl'));
    const c = finding('c', 'medium', onSection('token'));
    const view = summaryView(document);
    const items = () => [...view.node.querySelectorAll('[data-token-lens="finding"]')];
    view.update(planSummary([a, b], { level: 'high', verdict: 'v' }, spot));
    const list = view.node.querySelector('ul');
    const [itemA] = items();
    view.update(planSummary([a, c], { level: 'high', verdict: 'v' }, spot));
    expect(view.node.querySelector('ul')).toBe(list);
    expect(items()[0]).toBe(itemA);
    expect(items().map((i) => i.getAttribute('data-code'))).toEqual(['a', 'c']);
    view.update(planSummary([], { level: 'none', verdict: 'v' }, spot));
    expect(view.node.querySelector('ul')).toBeNull();
    view.update(planSummary([b], { level: 'low', verdict: 'v' }, spot));
    expect(items().map((i) => i.getAttribute('data-code'))).toEqual(['b']);
    expect(view.node.lastElementChild?.localName).toBe('ul');
  });
});
