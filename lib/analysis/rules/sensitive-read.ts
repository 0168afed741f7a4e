// Read groups the catalog marks as exposing sensitive data (logs, personal data, secrets,
// security configuration). Severity: secrets and personal data medium, logs and security
// configuration low; high whenever the catalog rates the group itself high or critical.
import type { PermissionGroup } from '../../catalog/types';
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, distinct, labelOf } from '../grants';
import type { Finding, Rule, Severity } from '../types';

type Sensitive = NonNullable<PermissionGroup['sensitive']>;

const WHAT: Record<Sensitive, { words: string; severity: Severity }> = {
  logs: { words: 'logs, which can hold visitor IP addresses, request details and who did what', severity: 'low' },
  'personal-data': { words: 'personal data about people', severity: 'medium' },
  secrets: { words: 'secrets such as keys, passwords or connection strings', severity: 'medium' },
  'security-config': { words: 'how your security is set up, which helps someone plan a way around it', severity: 'low' },
};

export const sensitiveRead: Rule = (input) => {
  const out: Finding[] = [];
  for (const g of distinct(allowed(input))) {
    if (!g.info.known || g.info.level !== 'read' || !g.info.sensitive) continue;
    const what = WHAT[g.info.sensitive];
    if (!what) continue;
    const label = labelOf(g);
    out.push({
      code: 'sensitive-read',
      severity: g.info.risk === 'high' || g.info.risk === 'critical' ? 'high' : what.severity,
      title: `${label} exposes sensitive data`,
      why: `Read-only, but it shows ${what.words}. A leaked token would hand that over.`,
      fix: `Keep ${label} only if the job needs this data; then limit the token to the accounts or zones involved and add an IP filter.`,
      docs: DOCS.permissions,
      target: { kind: 'permission', ref: g.ref },
    });
  }
  return out;
};

export const sensitiveReadRule = {
  code: 'sensitive-read',
  title: 'Sensitive reads',
  checks: 'Warns about read access to logs, personal data, secrets or security settings.',
  severity: 'high',
  option: { key: 'sensitive-read', tunedBy: [] },
  docs: ['permissions'],
  places: ['permission'],
  verdict: 'Can read sensitive data: keep it only if the job needs that data.',
  strictness: { tighten: true, ease: true },
  check: sensitiveRead,
} satisfies RuleDescriptor;
