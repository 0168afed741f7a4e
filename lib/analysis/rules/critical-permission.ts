// The catalog's critical groups other than token minting (DNS Edit, Workers Scripts Edit,
// SSL and Certificates Edit, Account Settings Edit, Access apps and policies Edit, ...).
// Severity: critical when the group reaches all zones or all accounts, high when it is limited
// to chosen resources (a single-zone DNS Edit token is often the job itself).
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, distinct, isMinting, labelOf, missingLimits, policyOf, reach, readVariantOf } from '../grants';
import type { Finding, Rule } from '../types';

export const criticalPermission: Rule = (input) =>
  distinct(allowed(input))
    .filter((g) => g.info.risk === 'critical' && !isMinting(g.info))
    .map((g): Finding => {
      const r = reach(policyOf(input, g));
      const everywhere = r.allZones || r.allAccounts;
      const read = readVariantOf(g.info);
      const where = r.allAccounts ? ' It applies to every account.' : r.allZones ? ' It applies to every zone.' : '';
      const things = g.info.scope === 'zone' ? 'zones' : 'account';
      // "Keep it where it is" only when it is limited already: all zones of an account is wide
      // too, and with nothing chosen yet the choice is still to make.
      const chosen = policyOf(input, g)?.include.length ?? 0;
      const limit = everywhere || r.accountZones ? `limit it to the ${things} it needs`
        : chosen ? `keep it on the ${things} it has now` : `choose only the ${things} it needs`;
      const missing = missingLimits(input.model);
      const onlyLook = read ? `If the job only needs to look, choose ${read.label} instead. Otherwise ` : 'Keep it only if the job needs it; ';
      return {
        code: 'critical-permission',
        severity: everywhere ? 'critical' : 'high',
        title: `${labelOf(g)} gives control over a core part of your setup`,
        why: `${g.info.riskReason}${where}`,
        fix: `${onlyLook}${limit}${missing.length ? `, and add ${missing.map((m) => m.what).join(' and ')}` : ''}.`,
        docs: DOCS.permissions,
        target: { kind: 'permission', ref: g.ref },
      };
    });

export const criticalPermissionRule = {
  code: 'critical-permission',
  title: 'Critical permissions',
  checks: 'Warns about permissions that control core parts of your setup, like DNS or Workers.',
  severity: 'critical',
  option: { key: 'critical-permission', tunedBy: [] },
  docs: ['permissions'],
  places: ['permission'],
  verdict: 'Can take over a core part of your setup: keep it narrow and guard it closely.',
  strictness: { tighten: false, ease: false },
  check: criticalPermission,
} satisfies RuleDescriptor;
