// Account-owned tokens can't hold user-level groups (API Tokens, Memberships, User Details),
// and Cloudflare's compatibility matrix marks some products as not (yet) working with them
// (cloudflare-tokens.md §6). User groups: medium (the dashboard leaves them out, so the job
// fails). Products: low (the matrix changes; the finding asks to check it).
import { DOCS } from '../docs';
import { allowedAsWritten, distinct, labelOf, scopeOf } from '../grants';
import type { ResolvedGrant, Finding, Rule } from '../types';

// Products the matrix marks ❌, matched against group names, labels, aliases and deep-link keys.
// Our mapping from product to permission groups; Tiered Cache and Spectrum have no group of
// their own in our catalog, so only names that say so match.
const UNSUPPORTED: Array<[RegExp, string]> = [
  [/\btiered cache\b/, 'Tiered Cache'],
  [/^(account rule lists|account filter lists|custom lists)\b/, 'Custom Lists'],
  [/^intel\b/, 'Intel'],
  [/^magic transit\b/, 'Magic Transit'],
  [/^magic wan\b/, 'Magic WAN'],
  [/^(pubsub|pub\/sub)\b/, 'Pub/Sub'],
  [/^registrar\b/, 'Registrar'],
  [/\bspectrum\b/, 'Spectrum'],
  [/\bsuper bot fight\b/, 'Super Bot Fight Mode'],
  [/^(turnstile|challenge_widgets)\b/, 'Turnstile'],
  [/^workers observability\b|^workers_observability\b/, 'Workers Observability'],
  [/\bclient platform\b/, 'Zero Trust Client Platform'],
];

function productOf(g: ResolvedGrant): string | undefined {
  const names = [g.name, g.info.name, g.info.label, ...g.info.aliases, g.info.known ? g.info.key ?? '' : '']
    .map((n) => n.toLowerCase().trim());
  return UNSUPPORTED.find(([re]) => names.some((n) => re.test(n)))?.[1];
}

export const accountTokenIncompatible: Rule = (input) => {
  if (input.model.owner !== 'account') return [];
  const out: Finding[] = [];
  for (const g of distinct(allowedAsWritten(input))) {
    const label = labelOf(g);
    const target = { kind: 'permission', ref: g.ref } as const;
    if (scopeOf(g) === 'user') {
      out.push({
        code: 'account-token-incompatible', severity: 'medium',
        title: `${label} can't be part of an account token`,
        why: 'Account tokens have no user-level permissions (API Tokens, Memberships, User Details). The dashboard leaves this one out, so whatever needs it will fail.',
        fix: 'Use a user token (My Profile > API Tokens) for this, or drop the permission if the job does not need it.',
        docs: DOCS.accountTokens, target,
      });
      continue;
    }
    const product = productOf(g);
    if (!product) continue;
    out.push({
      code: 'account-token-incompatible', severity: 'low',
      title: `${product} may not work with an account token`,
      why: `Cloudflare's compatibility list marked ${product} as not supported for account tokens when we last checked, so ${label} may have no effect here.`,
      fix: `Check the compatibility list; if ${product} is still not supported, use a user token for this job.`,
      docs: DOCS.accountTokens, target,
    });
  }
  return out;
};
