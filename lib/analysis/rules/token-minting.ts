// API Tokens Write (user) / Account API Tokens Write: the token can create new tokens, so a leak
// can be turned into any other access. Cloudflare's advice (create-via-api docs): give such a
// token nothing else, and restrict it by IP and TTL. Louder when it holds other permissions.
import { DOCS } from '../docs';
import { allowed, distinct, isMinting, isTokenRead, labelOf, plural } from '../grants';
import type { Finding, Rule } from '../types';
import { placesFor } from '../places';

export const tokenMinting: Rule = (input) => {
  const grants = distinct(allowed(input));
  const minting = grants.filter((g) => isMinting(g.info));
  // Reading tokens belongs to the same job (listing what you minted), so it is not "other".
  const others = grants.filter((g) => !isMinting(g.info) && !isTokenRead(g.info));
  return minting.map((g): Finding => {
    const label = labelOf(g);
    const reach = g.info.scope === 'account'
      ? 'new account tokens with any permission in this account'
      : 'new tokens with any permission you have yourself, on every account you can reach';
    const why = `With ${label}, whoever holds this token can create ${reach}. A leak of it is as bad as a leak of your login.`;
    if (!others.length) {
      return {
        code: 'token-minting', severity: 'critical',
        title: 'Can create new API tokens',
        why,
        fix: `Use this token only to create other tokens. Keep it somewhere safe, and under Client IP Address Filtering and ${placesFor(input.model).ttl} limit where it works and for how long.`,
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
