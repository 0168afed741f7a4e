// Too many permission groups for one job: more than options.broadTokenGroups distinct groups,
// or the shape of the "Read all resources" template (only Read groups, READ_ALL_MIN or more,
// on all accounts and all zones). Medium either way: the other rules say what each part risks.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, distinct, isReadOnly, reach } from '../grants';
import type { Rule } from '../types';

/** A read-only token with at least this many groups on everything looks like "Read all resources". */
export const READ_ALL_MIN = 10;

export const broadToken: Rule = (input) => {
  const groups = distinct(allowed(input));
  const max = input.options.broadTokenGroups;
  const reaches = input.model.policies.filter((p) => p.effect === 'allow').map(reach);
  const readAll = groups.length >= READ_ALL_MIN && groups.every(isReadOnly) &&
    reaches.some((r) => r.allAccounts) && reaches.some((r) => r.allZones);
  if (!readAll && groups.length <= max) return [];
  return [{
    code: 'broad-token',
    severity: 'medium',
    title: readAll ? 'Reads everything in every account and zone' : `Holds ${groups.length} permission groups`,
    why: readAll
      ? 'This looks like the "Read all resources" template: the token can read every setting, log and record you can see. Few jobs need that, and a leak exposes all of it.'
      : `Most jobs need a handful of permissions; ${groups.length} is more than ${max}. Each extra permission is something a leaked token can be used for.`,
    fix: readAll
      ? 'Start from a custom token and add only the Read groups the job uses, on the accounts and zones it uses.'
      : 'Remove the permissions the job does not use, or split the work across several smaller tokens.',
    docs: readAll ? DOCS.templates : DOCS.createToken,
    target: { kind: 'section', section: 'permissions' },
  }];
};

export const broadTokenRule = {
  code: 'broad-token',
  title: 'Too many permissions',
  checks: 'Warns when one token holds many permission groups at once.',
  severity: 'medium',
  option: { key: 'broad-token', tunedBy: ['broadTokenGroups'] },
  docs: ['createToken', 'templates'],
  places: ['permissions'],
  verdict: 'Holds more permissions than most jobs need.',
  strictness: { tighten: true, ease: true },
  check: broadToken,
} satisfies RuleDescriptor;
