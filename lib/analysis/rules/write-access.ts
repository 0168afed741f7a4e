// An Edit (Write) group that also exists as Read: suggest Read when the job only reads.
// Not reported here, to avoid saying the same thing twice:
// - critical groups: token-minting / critical-permission already speak (and suggest Read);
// - groups whose Read variant is also on the token: redundant-permission speaks for the pair;
// - groups whose Read variant is rated riskier (Access: Apps and Policies Revoke,
//   low, against its Read, medium): switching would not lower the exposure.
// Severity follows the group's risk (high -> high, medium -> medium, low -> low).
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, distinct, groupKey, labelOf, readVariantOf, sentence } from '../grants';
import { moreSevere } from '../severity';
import type { Finding, Rule } from '../types';

export const writeAccess: Rule = (input) => {
  const grants = distinct(allowed(input));
  const held = new Set(grants.map((g) => groupKey(g.info)));
  const out: Finding[] = [];
  for (const g of grants) {
    if (g.info.level === 'read' || g.info.risk === 'critical') continue;
    const read = readVariantOf(g.info);
    if (!read || held.has(groupKey(read)) || moreSevere(read.risk, g.info.risk)) continue;
    const label = labelOf(g);
    out.push({
      code: 'write-access',
      severity: g.info.risk,
      title: `${label} can change things, not just look`,
      why: `${sentence(g.info.short)} With ${read.label} instead, a leaked token could only look.`,
      fix: `If the job only reads, choose ${read.label} instead of ${label}.`,
      docs: DOCS.permissions,
      target: { kind: 'permission', ref: g.ref },
    });
  }
  return out;
};

export const writeAccessRule = {
  code: 'write-access',
  title: 'Write where read may do',
  checks: 'Suggests a read-only permission when the job may only need to look.',
  severity: 'high',
  option: { key: 'write-access', tunedBy: [] },
  docs: ['permissions'],
  places: ['permission'],
  verdict: 'Can change things the job may only need to read.',
  strictness: { tighten: true, ease: true },
  check: writeAccess,
} satisfies RuleDescriptor;
