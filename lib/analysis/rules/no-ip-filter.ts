// No Client IP Address Filter (or one that lets in 0.0.0.0/0 or ::/0): the token works from
// anywhere. Only when the source tells us (ipFilter defined). Severity: high with a critical
// permission, medium when it can change anything, low when it only reads.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, isReadOnly } from '../grants';
import { isCatchAll } from '../../policy/ip';
import type { Rule } from '../types';

export const noIpFilter: Rule = (input) => {
  const filter = input.model.ipFilter;
  const grants = allowed(input);
  if (!filter || !grants.length) return [];
  const open = filter.in.length === 0 || filter.in.some(isCatchAll);
  if (!open) return [];
  const critical = grants.some((g) => g.info.risk === 'critical');
  const writes = grants.some((g) => !isReadOnly(g));
  return [{
    code: 'no-ip-filter',
    severity: critical ? 'high' : writes ? 'medium' : 'low',
    title: 'Works from any IP address',
    why: filter.in.length
      ? 'The "Is in" list includes a range that covers every address, so anyone who gets the token can use it from anywhere.'
      : filter.notIn.length
        ? 'The filter only says where it may not be used ("Is not in"), so anyone who gets the token can use it from anywhere else on the internet.'
        : 'Anyone who gets hold of the token can use it from anywhere on the internet.',
    fix: 'Under Client IP Address Filtering, add "Is in" with the addresses of the machines that use the token (a single address: /32 for IPv4, /128 for IPv6).',
    docs: DOCS.restrict,
    target: { kind: 'section', section: 'ip-filter' },
  }];
};

export const noIpFilterRule = {
  code: 'no-ip-filter',
  title: 'No IP filter',
  checks: 'Warns when a token works from any IP address.',
  severity: 'high',
  option: { key: 'no-ip-filter', tunedBy: [] },
  docs: ['restrict'],
  places: ['ip-filter'],
  verdict: 'Works from anywhere on the internet: limit it to the addresses that use it.',
  strictness: { tighten: true, ease: true },
  check: noIpFilter,
} satisfies RuleDescriptor;
