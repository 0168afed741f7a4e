import { describe, expect, it } from 'vitest';
import { planSections, sectionSpot } from '../../../lib/dashboard/annotate/plan-sections';
import { finding, onRow, onSection } from './helpers';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sectionSpot', () => {
  it.each([
    ['the heading itself', '<h3 id="t">Zone Resources</h3>', '#t', 'after', '#t'],
    ['a section with a heading', '<section id="t"><h3 id="h">TTL</h3><p>x</p></section>', '#t', 'after', '#h'],
    ['an ARIA heading', '<div id="t"><div role="heading" id="h">TTL</div></div>', '#t', 'after', '#h'],
    ['a container without heading', '<div id="t"><p>x</p></div>', '#t', 'prepend', '#t'],
  ])('%s', (_, html, target, where, ref) => {
    const root = dom(html);
    const spot = sectionSpot(root.querySelector(target)!);
    expect(spot.where).toBe(where);
    expect(spot.ref).toBe(root.querySelector(ref));
  });
});

describe('planSections', () => {
  const root = dom('<h3 id="a">Account Resources</h3><h3 id="z">Zone Resources</h3><h3 id="i">Client IP Address Filtering</h3><h3 id="t">TTL</h3><h3 id="p">Permissions</h3>');
  const sections = {
    'account-resources': root.querySelector('#a')!,
    'zone-resources': root.querySelector('#z')!,
    'ip-filter': root.querySelector('#i')!,
    ttl: root.querySelector('#t')!,
    permissions: root.querySelector('#p')!,
  };

  it.each([
    ['no findings', [], []],
    ['a TTL finding', [finding('no-expiry', 'medium', onSection('ttl'))], [['ttl', 'medium', 1]]],
    [
      'two zone findings: worst severity wins, worst first',
      [finding('a', 'low', onSection('zone-resources')), finding('b', 'high', onSection('zone-resources'))],
      [['zone-resources', 'high', 2]],
    ],
    ['row and token findings stay out', [finding('x', 'high', onRow('r1')), finding('y', 'high', onSection('token'))], []],
    ['permissions-section findings go to the summary only', [finding('broad', 'medium', onSection('permissions'))], []],
  ])('%s', (_, findings, expected) => {
    const plans = planSections(sections, findings);
    expect(plans.map((p) => [p.section, p.severity, p.findings.length])).toEqual(expected);
    for (const p of plans) expect(p.findings[0].severity).toBe(p.severity);
  });

  it('skips a finding whose section is not on the page', () => {
    expect(planSections({}, [finding('no-ip', 'medium', onSection('ip-filter'))])).toEqual([]);
  });
});
