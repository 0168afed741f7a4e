// End date further ahead than options.maxLifetimeDays (default 90).
// Severity: low; medium when the token holds a critical permission.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed } from '../grants';
import type { Rule } from '../types';
import { placesFor } from '../places';

const DAY = 86_400_000;

export const longLived: Rule = (input) => {
  const end = Date.parse(input.model.ttl?.expiresOn ?? '');
  const grants = allowed(input);
  if (Number.isNaN(end) || !grants.length) return [];
  const days = Math.floor((end - input.now.getTime()) / DAY);
  const max = input.options.maxLifetimeDays;
  if (days <= max) return [];
  return [{
    code: 'long-lived',
    severity: grants.some((g) => g.info.risk === 'critical') ? 'medium' : 'low',
    title: `Stays valid for ${days} more days`,
    why: `The end date is more than ${max} days away. The longer a token lives, the more places it gets copied to, and the longer a leak stays useful.`,
    fix: `Under ${placesFor(input.model).ttl}, pick an end date at most ${max} days ahead, and renew the token when it runs out.`,
    docs: DOCS.restrict,
    target: { kind: 'section', section: 'ttl' },
  }];
};

export const longLivedRule = {
  code: 'long-lived',
  title: 'Long lifetime',
  checks: 'Warns when the end date is further away than the maximum lifetime set above.',
  severity: 'medium',
  option: { key: 'long-lived', tunedBy: ['maxLifetimeDays'] },
  docs: ['restrict'],
  places: ['ttl'],
  verdict: 'Stays valid for a long time: give it a nearer end date.',
  strictness: { tighten: true, ease: true },
  check: longLived,
} satisfies RuleDescriptor;
