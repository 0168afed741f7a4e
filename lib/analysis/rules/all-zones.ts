// "All zones" (every zone, including ones added later) or "All zones from an account".
// With any non-read permission: high (medium when every one of them is low-risk, like Cache
// Purge); read-only: medium. All zones of one account: one step lower. One finding for the token
// (the Zone Resources section), at the worst level found.
// Zones carved out (Exclude rows, deny policies) are mentioned but don't silence it.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, groupKey, isReadOnly, plural, reach, scopeOf } from '../grants';
import type { Finding, Rule, Severity } from '../types';
import { lower, moreSevere } from '../severity';
import { placesFor } from '../places';

export const allZones: Rule = (input) => {
  const grants = allowed(input);
  let best: { severity: Severity; every: boolean; writes: boolean } | undefined;
  const wide: typeof grants = [];
  input.model.policies.forEach((policy, i) => {
    const r = reach(policy);
    if (policy.effect !== 'allow' || !(r.allZones || r.accountZones)) return;
    // Account and user groups don't act on zones.
    const mine = grants.filter((g) => g.policyIndex === i && scopeOf(g) !== 'account' && scopeOf(g) !== 'user');
    if (!mine.length) return;
    wide.push(...mine);
    const writes = mine.some((g) => !isReadOnly(g));
    const base: Severity = writes ? 'high' : 'medium';
    const weighed = writes && mine.every((g) => isReadOnly(g) || g.info.risk === 'low') ? lower(base) : base;
    const severity = r.allZones ? weighed : lower(weighed);
    if (!best || moreSevere(severity, best.severity)) best = { severity, every: r.allZones, writes };
  });
  if (!best) return [];
  // Exclude rows of the policies that reach every zone, and zones a deny policy takes back from
  // one of their groups (a deny of another group carves nothing out of them).
  const groups = new Set(wide.map((g) => groupKey(g.info)));
  const denying = new Set(input.grants.filter((g) => g.effect === 'deny' && groups.has(groupKey(g.info))).map((g) => g.policyIndex));
  const excluded = input.model.policies.flatMap((p, i) => {
    const r = reach(p);
    const zones = p.effect === 'deny' ? (denying.has(i) ? p.include : []) : r.allZones || r.accountZones ? p.exclude : [];
    return zones.filter((x) => x.type === 'zone' && x.id !== '*');
  });
  const carved = excluded.length ? ` (${plural(excluded.length, 'zone')} excluded)` : '';
  const what = best.writes ? 'change things' : 'read data';
  const finding: Finding = {
    code: 'all-zones',
    severity: best.severity,
    title: best.every ? 'Works on every zone, including ones added later' : 'Works on every zone of an account',
    why: best.every
      ? `The token can ${what} on all zones in every account you can reach${carved}, and on any zone added later. A leak exposes all your sites at once.`
      : `The token can ${what} on all zones of the chosen account${carved}, including zones added later.`,
    fix: placesFor(input.model).narrowZones,
    docs: DOCS.createToken,
    target: { kind: 'section', section: 'zone-resources' },
  };
  return [finding];
};

export const allZonesRule = {
  code: 'all-zones',
  title: 'Every zone',
  checks: 'Warns when a token reaches all zones, including ones added later.',
  severity: 'high',
  option: { key: 'all-zones', tunedBy: [] },
  docs: ['createToken'],
  places: ['zone-resources'],
  verdict: 'Reaches every zone, including future ones: limit it to the zones it needs.',
  strictness: { tighten: true, ease: false },
  check: allZones,
} satisfies RuleDescriptor;
