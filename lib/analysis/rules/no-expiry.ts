// No end date: the token works until someone deletes it. Only when the source tells us the
// dates (ttl defined); ttl undefined means "not known" and says nothing.
// Severity: medium when the token can change anything, low when it only reads.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, isReadOnly } from '../grants';
import type { Rule } from '../types';
import { placesFor } from '../places';

export const noExpiry: Rule = (input) => {
  const { ttl } = input.model;
  const grants = allowed(input);
  if (!ttl || ttl.expiresOn || !grants.length) return [];
  const writes = grants.some((g) => !isReadOnly(g));
  return [{
    code: 'no-expiry',
    severity: writes ? 'medium' : 'low',
    title: 'Never expires',
    why: 'Without an end date the token keeps working until someone deletes it, long after the job or the person that needed it is gone.',
    fix: `Under ${placesFor(input.model).ttl}, set an end date: the shortest period the job needs. When it runs out, set a later one (Edit token) or create a new token.`,
    docs: DOCS.restrict,
    target: { kind: 'section', section: 'ttl' },
  }];
};

export const noExpiryRule = {
  code: 'no-expiry',
  title: 'No end date',
  checks: 'Warns when a token never expires.',
  severity: 'medium',
  option: { key: 'no-expiry', tunedBy: [] },
  docs: ['restrict'],
  places: ['ttl'],
  verdict: 'Never expires: give it an end date.',
  strictness: { tighten: true, ease: true },
  check: noExpiry,
} satisfies RuleDescriptor;
