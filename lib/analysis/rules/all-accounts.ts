// "All accounts": the token reaches every account its owner can access, now and later.
// With any non-read permission: high; read-only: medium.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, isReadOnly, reach, scopeOf } from '../grants';
import type { Rule } from '../types';

export const allAccounts: Rule = (input) => {
  const grants = allowed(input);
  const reached = grants.filter((g) => reach(input.model.policies[g.policyIndex]).allAccounts && scopeOf(g) !== 'user');
  if (!reached.length) return [];
  const writes = reached.some((g) => !isReadOnly(g));
  return [{
    code: 'all-accounts',
    severity: writes ? 'high' : 'medium',
    title: 'Works on every account you can access',
    why: `The token can ${writes ? 'change things' : 'read data'} in all accounts you are a member of, including accounts you join later. Most jobs need only one account.`,
    fix: 'Under Account Resources, choose "Include" and pick the one account the job needs instead of "All accounts".',
    docs: DOCS.createToken,
    target: { kind: 'section', section: 'account-resources' },
  }];
};

export const allAccountsRule = {
  code: 'all-accounts',
  title: 'Every account',
  checks: 'Warns when a token reaches all accounts you can access, not just the one it needs.',
  severity: 'high',
  option: { key: 'all-accounts', tunedBy: [] },
  docs: ['createToken'],
  places: ['account-resources'],
  verdict: 'Reaches every account you can access: limit it to the one it needs.',
  strictness: { tighten: false, ease: false },
  check: allAccounts,
} satisfies RuleDescriptor;
