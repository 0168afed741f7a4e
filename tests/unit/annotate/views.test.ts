import { describe, expect, it } from 'vitest';
import { el } from '../../../components/dashboard/dom';
import { safeDocsUrl } from '../../../components/dashboard/finding-list';
import { createHost } from '../../../components/dashboard/host';
import { rebuildView, riskFlags, sectionWarning, summaryPanel } from '../../../components/dashboard/views';
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

describe('summaryPanel', () => {
  it.each([
    ['no findings', [], 'none', 'OK', 'no warnings'],
    ['two findings', [finding('a', 'low', onSection('ttl')), finding('b', 'high', onSection('token'))], 'high', 'High', '2 warnings'],
  ] as const)('%s', (_, findings, level, badge, count) => {
    const plan = planSummary([...findings], { level, verdict: 'The verdict.' }, spot);
    const node = summaryPanel(document, plan) as HTMLElement;
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
