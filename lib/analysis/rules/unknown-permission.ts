// A group the catalog doesn't know (new, renamed, or mistyped in a link). We can't say what it
// allows, and silence would look like "safe": info for a read-only name or a deny, medium for
// one that may change things (as the note's generic risk says).
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import type { Finding, Rule } from '../types';

export const unknownPermission: Rule = (input) => {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const g of input.grants) {
    if (g.info.known || seen.has(g.ref)) continue;
    seen.add(g.ref);
    out.push({
      code: 'unknown-permission',
      severity: g.effect === 'deny' || g.info.level === 'read' ? 'info' : 'medium',
      title: `Token Lens doesn't know "${g.name}" yet`,
      why: `It is not in our list of permission groups, so we can't say what it allows${g.info.level === 'read' ? '' : ', and it is not read-only'}. It may be new, renamed, or a typo in a link (the dashboard drops link keys it doesn't know).`,
      fix: 'Look it up in Cloudflare\'s permissions list before granting it; if nobody knows why it is there, remove it.',
      docs: DOCS.permissions,
      target: { kind: 'permission', ref: g.ref },
    });
  }
  return out;
};

export const unknownPermissionRule = {
  code: 'unknown-permission',
  title: 'Unknown permissions',
  checks: "Notes permissions Token Lens doesn't know yet, so silence isn't read as safe.",
  severity: 'medium',
  option: { key: 'unknown-permission', tunedBy: [] },
  docs: ['permissions'],
  places: ['permission'],
  verdict: 'Nothing risky found, but some permissions are new to Token Lens.',
  strictness: { tighten: false, ease: false },
  check: unknownPermission,
} satisfies RuleDescriptor;
