// The tokens list's badges. With the dashboard's own List Tokens reply (lib/page-replies), each
// row is rated from its token's exact data (matched by ID, else by a name no other token has),
// whatever the table shows or whichever language it is in; without it, or for a row no token
// matches, from what the row shows (as before). An expired or disabled token says so first.
// Each badge lists its reasons with their finding codes.
import type { Finding } from '../../analysis/types';
import type { PageTokens } from '../../page-replies/store';
import type { PickedToken } from '../../page-replies/pick';
import type { TokenModel } from '../../policy/model';
import { modelOfPicked } from '../../page-replies/to-model';
import type { TokenRowReading } from '../types';
import { badgeSpot, type AnalyzeModel } from './plan-badges';
import { bySeverity, RISK_WORDS, riskOfSeverity, worstSeverity } from './severity';
import type { BadgePlan, RiskMark } from './types';

interface Item {
  code: string;
  text: string;
}

interface Rating {
  risk: RiskMark;
  badge: string;
  items: Item[];
}

const NONE: Item = { code: 'none', text: 'No warnings' };
const NOT_RATED: Rating = { risk: 'unknown', badge: 'Not rated', items: [{ code: 'not-rated', text: 'Token Lens does not know what this grants' }] };

/** The worst finding, "broad" when a broad-token finding is there, up to `max` distinct reasons. */
export function rateItems(findings: readonly Finding[], max = 3): Rating {
  const risk = riskOfSeverity(worstSeverity(findings));
  const broad = findings.some((f) => /broad/.test(f.code));
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const f of [...findings].sort(bySeverity)) {
    if (items.length >= max) break;
    if (seen.has(f.title)) continue;
    seen.add(f.title);
    items.push({ code: f.code, text: f.title });
  }
  return { risk, badge: broad ? `${RISK_WORDS[risk]} · broad` : RISK_WORDS[risk], items: items.length ? items : [NONE] };
}

const day = (iso: string | undefined) => {
  const t = Date.parse(iso ?? '');
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
};

type Halted = 'expired' | 'disabled';

/** A token that can't be used now: by its status, its end date (API), or the row's status (English). */
function haltedOf(token: PickedToken | undefined, row: TokenRowReading, now: Date): Halted | undefined {
  if (token) {
    if (token.status === 'expired' || token.status === 'disabled') return token.status;
    const end = Date.parse(token.expires_on ?? '');
    return !Number.isNaN(end) && end <= now.getTime() ? 'expired' : undefined;
  }
  const s = (row.status ?? '').toLowerCase();
  if (/\bexpired\b/.test(s)) return 'expired';
  return /\b(disabled|inactive|revoked|suspended)\b/.test(s) ? 'disabled' : undefined;
}

/** It says so first; what it would grant follows (a disabled token can be enabled again). */
function halted(rating: Rating, how: Halted, token: PickedToken | undefined): Rating {
  const on = day(token?.expires_on);
  const first: Item = how === 'expired'
    ? { code: 'token-expired', text: `Expired${on ? ` on ${on}` : ''}: it no longer works. Delete it` }
    : { code: 'token-disabled', text: 'Disabled: it works again only if someone enables it' };
  const rest = rating.items.filter((i) => i.code !== 'none' && i.code !== 'not-rated').slice(0, 2);
  return { risk: 'low', badge: how === 'expired' ? 'Expired' : 'Disabled', items: [first, ...rest] };
}

function plan(row: TokenRowReading, rating: Rating, source: 'api' | 'page', tokenId?: string): BadgePlan {
  const reasons = rating.items.map((i) => i.text);
  const codes = rating.items.map((i) => i.code);
  return {
    key: row.element,
    kind: 'token',
    at: badgeSpot(row.element),
    risk: rating.risk,
    badge: rating.badge,
    reasons,
    codes,
    source,
    ...(tokenId ? { tokenId } : {}),
    signature: `${rating.risk}|${rating.badge}|${source}|${tokenId ?? ''}|${rating.items.map((i) => `${i.code}:${i.text}`).join('|')}`,
  };
}

const nameKey = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The token of each row: by the ID in the row (a link to the token), else, once a list reply was
 * seen, by name when exactly one token has it (two tokens of one name can't be told apart).
 */
export function matchTokens(rows: readonly TokenRowReading[], api: PageTokens | null): (PickedToken | undefined)[] {
  if (!api) return rows.map(() => undefined);
  let byName: Map<string, PickedToken | null> | undefined;
  return rows.map((row) => {
    const byId = row.id ? api.byId.get(row.id) : undefined;
    if (byId || !api.listed) return byId;
    if (!byName) {
      byName = new Map();
      for (const t of api.byId.values()) {
        const k = nameKey(t.name);
        if (k) byName.set(k, byName.has(k) ? null : t);
      }
    }
    return byName.get(nameKey(row.name)) ?? undefined;
  });
}

/** The token's model from its exact data; the row's own model with the token's dates when the reply had no policies. */
function modelOf(token: PickedToken, row: TokenRowReading): { model: TokenModel; exact: boolean } {
  const owner = row.model.owner;
  const exact = modelOfPicked(token, owner);
  if (exact) return { model: exact, exact: true };
  // Permissions from the table; what only the reply knows (status, use, dates) from the reply.
  const ttl = { ...(day(token.not_before) ? { notBefore: token.not_before } : {}), ...(day(token.expires_on) ? { expiresOn: token.expires_on } : {}) };
  const model: TokenModel = {
    ...row.model,
    id: token.id,
    ...(token.status ? { status: token.status } : {}),
    ...(day(token.issued_on) ? { issuedOn: token.issued_on } : {}),
    ...(day(token.last_used_on) ? { lastUsedOn: token.last_used_on } : {}),
    ttl,
  };
  return { model, exact: false };
}

function fromRow(row: TokenRowReading, model: TokenModel, analyze: AnalyzeModel): Rating {
  if (!model.policies.some((p) => p.permissions.length > 0)) return NOT_RATED;
  const rating = rateItems(analyze(model));
  if (!row.unshown) return rating;
  // Rated on what the row shows: the rest can only make it riskier.
  const more: Item = { code: 'unshown', text: `${row.unshown} more permission${row.unshown > 1 ? 's' : ''} not listed here: at least this risky` };
  return { ...rating, items: [more, ...rating.items.filter((i) => i.code !== 'none')] };
}

export interface TokenBadgeDeps {
  analyze: AnalyzeModel;
  now(): Date;
}

/** One planner per page session: exact ratings are kept per token object (and day). */
export function createTokenBadgePlanner(deps: TokenBadgeDeps) {
  const memo = new WeakMap<PickedToken, { day: string; owner?: string; rating: Rating; exact: boolean }>();
  const rateToken = (token: PickedToken, row: TokenRowReading, today: string) => {
    const hit = memo.get(token);
    if (hit && hit.day === today && hit.owner === row.model.owner && hit.exact) return hit;
    const { model, exact } = modelOf(token, row);
    const rating = exact ? rateItems(deps.analyze(model)) : fromRow(row, model, deps.analyze);
    const entry = { day: today, owner: row.model.owner, rating, exact };
    if (exact) memo.set(token, entry);
    return entry;
  };
  return (rows: readonly TokenRowReading[], api: PageTokens | null): BadgePlan[] => {
    const now = deps.now();
    const today = now.toISOString().slice(0, 10);
    const tokens = matchTokens(rows, api);
    return rows.map((row, i) => {
      const token = tokens[i];
      let rating: Rating;
      let source: 'api' | 'page' = 'page';
      if (token) {
        const r = rateToken(token, row, today);
        rating = r.rating;
        if (r.exact) source = 'api';
      } else {
        rating = fromRow(row, row.model, deps.analyze);
      }
      const how = haltedOf(token, row, now);
      return plan(row, how ? halted(rating, how, token) : rating, source, token?.id);
    });
  };
}
