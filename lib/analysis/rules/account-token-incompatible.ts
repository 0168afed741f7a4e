// Account-owned tokens can't hold user-level groups (API Tokens, Memberships, User Details),
// and Cloudflare's compatibility matrix marks some products as not (yet) working with them.
// User groups: medium (the dashboard leaves them out, so the job fails). Products: low (the
// matrix changes; the finding asks to check it).
//
// The matrix followed here is the "Account API tokens" page of 2025-10-20
// (developers.cloudflare.com/fundamentals/api/get-started/account-owned-tokens/#compatibility-matrix):
// it lists Tiered Cache, Custom Lists, Magic Transit, Magic WAN, Spectrum and Workers Observability
// as supported (an older version, docs/cloudflare-tokens.md §account-owned-tokens, did not) and
// Page Rules as not supported. The other products below kept their ❌ from the older version.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowedAsWritten, distinct, labelOf, scopeOf } from '../grants';
import type { ResolvedGrant, Finding, Rule } from '../types';

// Products the matrix marks ❌, matched against group names, labels, aliases and deep-link keys.
// Our mapping from product to permission groups; Super Bot Fight Mode and the Client Platform
// have no group of their own in our catalog, so only names that say so match.
const UNSUPPORTED: Array<[RegExp, string]> = [
  [/^page rules\b|^page_rules$/, 'Page Rules'],
  [/^intel\b/, 'Intel'],
  [/^(pubsub|pub\/sub)\b/, 'Pub/Sub'],
  [/^registrar\b/, 'Registrar'],
  [/\bsuper bot fight\b/, 'Super Bot Fight Mode'],
  [/^(turnstile|challenge_widgets)\b/, 'Turnstile'],
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
      why: `Cloudflare's compatibility list (version of 2025-10-20) marks ${product} as not supported for account tokens, so ${label} may have no effect here.`,
      fix: `Check the compatibility list; if ${product} is still not supported, use a user token for this job.`,
      docs: DOCS.accountTokens, target,
    });
  }
  return out;
};

export const accountTokenIncompatibleRule = {
  code: 'account-token-incompatible',
  title: 'Account token limits',
  checks: "Warns about permissions that don't work, or may not work, in an account-owned token.",
  severity: 'medium',
  option: { key: 'account-token-incompatible', tunedBy: [] },
  docs: ['accountTokens'],
  places: ['permission'],
  verdict: 'Has permissions that may not work in an account token.',
  strictness: { tighten: true, ease: false },
  check: accountTokenIncompatible,
} satisfies RuleDescriptor;
