// A token the content script has checked and picked (pick.ts) → the token model the analyzer
// reads. The same model lib/policy/parse-api-token.ts makes of the same object (the unit tests
// compare the two), without that parser's envelope handling and error sentences, which the
// content script never shows (size budget). Pure; never throws.
import { isValidCidr } from '../policy/ip';
import type { Grant, Policy, TokenModel } from '../policy/model';
import { grantOf, scopeOf } from '../policy/parse-api-token';
import { parseResources } from '../policy/resources';
import type { PickedToken } from './pick';

/** An ISO 8601 UTC date; undefined when not set; null when it is not a date. */
function isoOf(v: string | undefined): string | undefined | null {
  if (!v) return undefined;
  return Number.isNaN(Date.parse(v)) ? null : new Date(v).toISOString().replace('.000Z', 'Z');
}

/** The model, or undefined when the token can't be rated from it (no policies, or one it can't read). */
export function modelOfPicked(token: PickedToken, owner?: 'user' | 'account'): TokenModel | undefined {
  try {
    if (!token.policies) return undefined;
    const policies: Policy[] = [];
    for (const [i, p] of token.policies.entries()) {
      const resources = parseResources(p.resources, '');
      if (!resources.ok) return undefined;
      const scope = scopeOf(resources.value);
      const permissions: Grant[] = [];
      for (const [j, g] of p.permission_groups.entries()) {
        const grant = grantOf(g, `p${i}-g${j}`, scope);
        if (!grant) return undefined;
        permissions.push(grant);
      }
      policies.push({ effect: p.effect, permissions, include: resources.value, exclude: [] });
    }
    const ip = token.condition?.request_ip;
    const ipIn = ip?.in ?? [];
    const notIn = ip?.not_in ?? [];
    if (![...ipIn, ...notIn].every(isValidCidr)) return undefined;
    const notBefore = isoOf(token.not_before);
    const expiresOn = isoOf(token.expires_on);
    if (notBefore === null || expiresOn === null) return undefined;
    const issuedOn = isoOf(token.issued_on);
    const lastUsedOn = isoOf(token.last_used_on);
    return {
      ...(token.name !== undefined ? { name: token.name } : {}),
      ...(owner ? { owner } : {}),
      source: 'api',
      policies,
      ipFilter: { in: ipIn.map((c) => c.trim()), notIn: notIn.map((c) => c.trim()) },
      ttl: { ...(notBefore ? { notBefore } : {}), ...(expiresOn ? { expiresOn } : {}) },
      id: token.id,
      ...(token.status ? { status: token.status } : {}),
      ...(issuedOn ? { issuedOn } : {}),
      ...(lastUsedOn ? { lastUsedOn } : {}),
    };
  } catch {
    return undefined;
  }
}
