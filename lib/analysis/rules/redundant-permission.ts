// Read and Edit of the same group on the same resources: Edit already includes reading.
// Only Edit ("Write") is claimed to contain Read, because only Edit is documented that way: "Edit
// is full CRUDL (create, read, update, delete, list) access, while Read is the read permission and
// list where appropriate" (developers.cloudflare.com/fundamentals/api/get-started/create-token/).
// Revoke, Run, Purge, Bind and Admin groups are not said to include reading: "Access: … Revoke"
// only revokes tokens, and a job that lists sessions before revoking them needs its Read too.
// No page says what an Admin group ("Zaraz Admin", "Realtime Admin", "Registrar Domains Admin")
// covers, so no claim is made for Admin either.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, groupKey, labelOf, policyOf, readVariantOf } from '../grants';
import type { Finding, Rule } from '../types';

export const redundantPermission: Rule = (input) => {
  const grants = allowed(input);
  const out: Finding[] = [];
  const reported = new Set<string>();
  // Indexed once, so a 1000-row form costs a map look-up per row, not a scan of every row.
  const byGroup = new Map<string, typeof grants>();
  for (const g of grants) {
    const key = groupKey(g.info);
    const list = byGroup.get(key);
    if (list) list.push(g);
    else byGroup.set(key, [g]);
  }
  const wheres = new Map<number, string>();
  const whereOf = (g: (typeof grants)[number]) => {
    let where = wheres.get(g.policyIndex);
    if (where === undefined) wheres.set(g.policyIndex, (where = JSON.stringify(policyOf(input, g)?.include ?? [])));
    return where;
  };
  for (const w of grants) {
    if (w.info.level !== 'write') continue;
    const read = readVariantOf(w.info);
    if (!read) continue;
    const where = whereOf(w);
    const r = byGroup.get(groupKey(read))?.find((g) => g.policyIndex === w.policyIndex || whereOf(g) === where);
    if (!r || reported.has(r.ref)) continue;
    reported.add(r.ref);
    out.push({
      code: 'redundant-permission',
      severity: 'low',
      title: `${labelOf(r)} is already part of ${labelOf(w)}`,
      why: `Cloudflare documents Edit as full access: create, read, update, delete and list. So ${labelOf(r)} adds nothing here and makes the token harder to review.`,
      fix: `Remove ${labelOf(r)}. If the job only reads, remove ${labelOf(w)} instead and keep ${labelOf(r)}.`,
      docs: DOCS.createToken,
      target: { kind: 'permission', ref: r.ref },
    });
  }
  return out;
};

export const redundantPermissionRule = {
  code: 'redundant-permission',
  title: 'Duplicate permissions',
  checks: 'Points out a read permission already included in an edit permission.',
  severity: 'low',
  option: { key: 'redundant-permission', tunedBy: [] },
  docs: ['createToken'],
  places: ['permission'],
  verdict: 'Has permissions that overlap: tidy them up.',
  strictness: { tighten: true, ease: true },
  check: redundantPermission,
} satisfies RuleDescriptor;
