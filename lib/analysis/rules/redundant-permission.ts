// Read and Edit of the same group on the same resources: Edit already includes reading.
import { DOCS } from '../docs';
import { allowed, groupKey, labelOf, policyOf, readVariantOf } from '../grants';
import type { Finding, Rule } from '../types';

export const redundantPermission: Rule = (input) => {
  const grants = allowed(input);
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const w of grants) {
    const read = readVariantOf(w.info);
    if (!read) continue;
    const where = JSON.stringify(policyOf(input, w)?.include ?? []);
    const r = grants.find((g) =>
      groupKey(g.info) === groupKey(read) &&
      (g.policyIndex === w.policyIndex || JSON.stringify(policyOf(input, g)?.include ?? []) === where));
    if (!r || reported.has(r.ref)) continue;
    reported.add(r.ref);
    out.push({
      code: 'redundant-permission',
      severity: 'low',
      title: `${labelOf(r)} is already part of ${labelOf(w)}`,
      why: `Edit includes reading, so ${labelOf(r)} adds nothing here and makes the token harder to review.`,
      fix: `Remove ${labelOf(r)}. If the job only reads, remove ${labelOf(w)} instead and keep ${labelOf(r)}.`,
      docs: DOCS.permissions,
      target: { kind: 'permission', ref: r.ref },
    });
  }
  return out;
};
