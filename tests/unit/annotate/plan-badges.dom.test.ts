import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/analysis/types';
import type { TokenModel } from '../../../lib/policy/model';
import { badgeSpot, createTemplatePlanner, planTokens, rateFindings } from '../../../lib/dashboard/annotate/plan-badges';
import { finding, onSection } from './helpers';

const tokenMinting = finding('token-creation', 'critical', onSection('permissions'), 'Can create new tokens');
const broad = finding('broad-token', 'medium', onSection('permissions'), 'Many permission groups');

/** Stand-in analyzer: minting is critical, more than 10 groups is broad. */
function analyze(model: TokenModel): Finding[] {
  const names = model.policies.flatMap((p) => p.permissions.map((g) => g.name));
  return [...(names.includes('API Tokens Write') ? [tokenMinting] : []), ...(names.length > 10 ? [broad] : [])];
}
const groups = () => Array.from({ length: 12 }, (_, i) => ({ id: `${i}`, name: `G${i} Read`, label: `G${i} Read`, scope: 'zone' as const, level: 'read' as const, aliases: [], short: '', risk: 'low' as const, riskReason: '' }));

describe('rateFindings', () => {
  it.each([
    ['nothing found', [], 'low', 'Low', ['No warnings']],
    ['critical beats broad', [broad, tokenMinting], 'critical', 'Critical · broad', ['Can create new tokens', 'Many permission groups']],
    ['broad alone', [broad], 'medium', 'Medium · broad', ['Many permission groups']],
    ['info counts as low', [finding('hint', 'info', onSection('token'), 'A hint')], 'low', 'Low', ['A hint']],
  ] as const)('%s', (_, findings, risk, badge, reasons) => {
    expect(rateFindings(findings)).toEqual({ risk, badge, reasons });
  });

  it('keeps at most three distinct reasons', () => {
    const many = ['a', 'b', 'b', 'c', 'd'].map((t) => finding(t, 'high', onSection('token'), t));
    expect(rateFindings(many).reasons).toEqual(['a', 'b', 'c']);
  });
});

describe('badgeSpot', () => {
  it.each([
    ['a div row: after it', '<div id="r"><span>x</span></div>', 'after', '#r'],
    ['a table row: inside its first cell', '<table><tbody><tr id="r"><td id="c">x</td><td>y</td></tr></tbody></table>', 'append', '#c'],
  ])('%s', (_, html, where, ref) => {
    document.body.innerHTML = html;
    const spot = badgeSpot(document.querySelector('#r')!);
    expect([spot.where, spot.ref]).toEqual([where, document.querySelector(ref)]);
  });
});

describe('template badges', () => {
  const el = () => document.createElement('div');
  it.each([
    ['Create Additional Tokens', 'critical'],
    ['Read all resources', 'medium'],
    ['Edit zone DNS', 'low'],
    ['Read Cloudflare Radar data', 'low'],
    ['A template Token Lens has never seen', 'unknown'],
  ])('%s is rated %s', (name, risk) => {
    const plan = createTemplatePlanner(analyze, groups)([{ name, element: el() }]);
    expect(plan[0]).toMatchObject({ kind: 'template', risk });
  });

  it('shows "broad" on Read all resources and analyses each template once', () => {
    const spy = vi.fn(analyze);
    const planner = createTemplatePlanner(spy, groups);
    const [a] = planner([{ name: 'Read all resources', element: el() }]);
    planner([{ name: 'Read all resources', element: el() }]);
    expect(a.badge).toBe('Medium · broad');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('token badges', () => {
  const model = (names: string[]): TokenModel => ({ source: 'other', policies: [{ effect: 'allow', permissions: names.map((n, i) => ({ ref: `${i}`, name: n })), include: [], exclude: [] }] });
  it.each([
    ['a token-minting token', ['API Tokens Write'], 'critical'],
    ['a plain token', ['DNS Read'], 'low'],
    ['a row that shows no permissions', [], 'unknown'],
  ])('%s', (_, names, risk) => {
    const [plan] = planTokens([{ name: 't', element: document.createElement('tr'), model: model(names) }], analyze);
    expect(plan).toMatchObject({ kind: 'token', risk });
  });

  it('a row that leaves permissions out says it is rated on what it shows', () => {
    const [plan] = planTokens([{ name: 't', element: document.createElement('tr'), model: model(['DNS Read']), unshown: 2 }], analyze);
    expect(plan).toMatchObject({ risk: 'low', reasons: ['2 more permissions not listed here: at least this risky'] });
  });
});
