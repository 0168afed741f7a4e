// Reads a dashboard "create token" link (docs/dashboard.md §pre-filled-links,
// docs/dashboard.md §permission-group-keys) into the token model:
//   https://dash.cloudflare.com/profile/api-tokens?permissionGroupKeys=[…]&accountId=*&zoneId=all&name=…
//   https://dash.cloudflare.com/?to=/:account/api-tokens&permissionGroupKeys=[…]&name=…
// The link only pre-fills a form, so it says nothing about the IP filter or dates (left unknown).
import { keyTypeOf, lookupKey } from '../catalog/lookup';
import { resourcesOf } from './deep-link-resources';
import type { Grant, ParseResult, Policy, Resource, Scope, TokenModel } from './model';

const fail = (error: string): ParseResult<TokenModel> => ({ ok: false, error });
const TYPE_WORDS: Record<string, string> = {
  read: 'Read', edit: 'Edit', revoke: 'Revoke', run: 'Run', purge: 'Purge', admin: 'Admin', report: 'Report',
};

function parseKeys(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // Some tools encode the JSON twice.
    return JSON.parse(decodeURIComponent(raw));
  }
}

function grantOf(item: { key: string; type?: string }, ref: string): Grant {
  const type = keyTypeOf(item.type ?? '');
  const info = type ? lookupKey(item.key, type) : undefined;
  if (info) return { ref, name: info.name, ...(info.id ? { id: info.id } : {}), ...(info.scope ? { scope: info.scope } : {}) };
  // The dashboard silently drops keys it doesn't know; we keep them so they get flagged.
  return { ref, name: `${item.key} ${TYPE_WORDS[type] ?? item.type ?? ''}`.trim() };
}

/** Which page the link opens: a user token or an account token (and which account). */
function routeOf(u: URL): { owner: 'user' | 'account'; account?: string; params: URLSearchParams } | undefined {
  const params = new URLSearchParams(u.search);
  let route = u.pathname;
  const to = params.get('to');
  if (to !== null) {
    const [toPath, toQuery] = to.split(/\?(.*)/s);
    route = toPath;
    // A tool may have encoded the whole target, query included, into `to`.
    if (toQuery) for (const [k, v] of new URLSearchParams(toQuery)) if (!params.has(k)) params.set(k, v);
  }
  if (/^\/profile\/api-tokens(\/|$)/.test(route)) return { owner: 'user', params };
  const account = /^\/([^/]+)\/api-tokens(\/|$)/.exec(route);
  if (account) return { owner: 'account', account: decodeURIComponent(account[1]), params };
  return undefined;
}

function parse(text: string, depth: number): ParseResult<TokenModel> {
  let u: URL;
  try {
    u = new URL(text.trim(), 'https://dash.cloudflare.com');
  } catch {
    return fail('This is not a link.');
  }
  if (u.hostname !== 'dash.cloudflare.com') return fail('This is not a Cloudflare dashboard link (dash.cloudflare.com).');
  // The login page carries the original link in redirect_uri.
  const redirect = u.searchParams.get('redirect_uri');
  if (redirect && depth === 0 && !u.searchParams.has('permissionGroupKeys')) return parse(redirect, 1);
  const route = routeOf(u);
  if (!route) return fail('This link does not open an API token page of the dashboard.');
  const { owner, params } = route;
  const rawKeys = params.get('permissionGroupKeys');
  if (!rawKeys) return fail('The link has no permissionGroupKeys, so it pre-fills no permissions.');
  let items: unknown;
  try {
    items = parseKeys(rawKeys);
  } catch {
    return fail('The permissionGroupKeys in the link are not valid JSON.');
  }
  if (!Array.isArray(items)) return fail('The permissionGroupKeys in the link are not a list.');
  const seen = new Set<string>();
  const grants: Grant[] = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object' || typeof item.key !== 'string' || !item.key.trim()) {
      return fail(`Entry ${i + 1} of permissionGroupKeys has no key.`);
    }
    const entry = { key: item.key.trim(), type: typeof item.type === 'string' ? item.type : undefined };
    // "write" is the API's word for the dashboard's "edit": the same entry twice.
    const id = `${entry.key}|${keyTypeOf(entry.type ?? '')}`.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    grants.push(grantOf(entry, `key-${i}`));
  }
  const resources = resourcesOf(owner, route.account, params);
  const byScope = (scope: Scope | undefined) => grants.filter((g) => g.scope === scope);
  const policy = (permissions: Grant[], include: Resource[]): Policy[] =>
    permissions.length ? [{ effect: 'allow', permissions, include, exclude: [] }] : [];
  const name = params.get('name')?.trim();
  return {
    ok: true,
    value: {
      ...(name ? { name } : {}),
      owner,
      source: 'deep-link',
      policies: [
        ...policy(byScope('account'), resources.account),
        ...policy(byScope('zone'), resources.zone),
        ...policy(byScope('user'), [{ type: 'user', id: 'self', label: 'You' }]),
        ...policy(byScope('r2_bucket'), []),
        // Unknown keys could be either scope, so they get everything the link selects.
        ...policy(byScope(undefined), [...resources.account, ...resources.zone]),
      ],
    },
  };
}

export function parseDeepLink(url: string): ParseResult<TokenModel> {
  try {
    if (typeof url !== 'string' || !url.trim()) return fail('The link is empty.');
    return parse(url, 0);
  } catch {
    return fail('This link could not be read.');
  }
}
