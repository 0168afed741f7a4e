// API Tokens Write (user) / Account API Tokens Write: the token can create new tokens, so a leak
// can be turned into any other access. Cloudflare's advice (create-via-api docs): give such a
// token nothing else, and restrict it by IP and TTL. Louder when it holds other permissions.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed, distinct, isMinting, isTokenRead, labelOf, missingLimits, plural, policyOf, reach } from '../grants';
import type { Finding, Rule } from '../types';

export const tokenMinting: Rule = (input) => {
  const grants = distinct(allowed(input));
  const minting = grants.filter((g) => isMinting(g.info));
  // Reading tokens belongs to the same job (listing what you minted), so it is not "other".
  const others = grants.filter((g) => !isMinting(g.info) && !isTokenRead(g.info));
  return minting.map((g): Finding => {
    const label = labelOf(g);
    const where = g.info.scope !== 'account' ? '' : reach(policyOf(input, g)).allAccounts ? ' in every account you can reach' : ' in this account';
    const what = g.info.scope === 'account'
      ? `new account tokens with any permission${where}`
      : 'new tokens with any permission you have yourself, on every account you can reach';
    const why = `With ${label}, whoever holds this token can create ${what}. A leak of it is as bad as a leak of your login.`;
    if (!others.length) {
      // Only the limits it lacks: an IP filter or an end date already set is not asked for again.
      const missing = missingLimits(input.model);
      return {
        code: 'token-minting', severity: 'critical',
        title: 'Can create new API tokens',
        why,
        fix: missing.length
          ? `Use this token only to create other tokens. Keep it somewhere safe, and under ${missing.map((m) => m.where).join(' and ')} add ${missing.map((m) => m.what).join(' and ')}.`
          : 'Use this token only to create other tokens, and keep it somewhere safe: its IP filter and end date already limit where and how long it works.',
        docs: DOCS.createViaApi,
        target: { kind: 'permission', ref: g.ref },
      };
    }
    return {
      code: 'token-minting', severity: 'critical',
      title: `Can create new API tokens, and holds ${plural(others.length, 'other permission')}`,
      why: `${why} Mixing it with everyday permissions means every tool that uses this token for routine work also carries the power to make new tokens.`,
      fix: `Split it in two: one token with only ${label}, kept for creating tokens, and a separate token without it for the other work.`,
      docs: DOCS.createViaApi,
      target: { kind: 'section', section: 'permissions' },
    };
  });
};

export const tokenMintingRule = {
  code: 'token-minting',
  title: 'Can create tokens',
  checks: 'Warns when a token may create new API tokens: a leak of it can become any access.',
  severity: 'critical',
  option: { key: 'token-minting', tunedBy: [] },
  docs: ['createViaApi'],
  places: ['permission', 'permissions'],
  verdict: 'Can create new tokens: treat it like the password to your account.',
  strictness: { tighten: false, ease: false },
  check: tokenMinting,
} satisfies RuleDescriptor;
