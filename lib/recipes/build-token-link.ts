// Builds the dashboard link that pre-fills the create-token form
// (docs/cloudflare-tokens.md §templates, docs/dashboard.md §pre-filled-links,
// docs/dashboard.md §permission-group-keys). Only keys the catalog knows go in: the dashboard drops
// unknown keys without a word, so an unknown key is an error here instead of a silently weaker
// token.
import { keyTypeOf, lookupKey } from '../catalog';

export interface BuildLinkInput {
  keys: ReadonlyArray<{ key: string; type: string }>;
  name: string;
  owner: 'user' | 'account';
  /** User tokens only: 'all' pre-selects all zones; 'one' leaves the zone for the user to pick. */
  zone?: 'all' | 'one';
}

export type BuildLinkResult = { ok: true; url: string; notes: string[] } | { ok: false; error: string };

const DASH = 'https://dash.cloudflare.com';

export function buildTokenLink({ keys, name, owner, zone = 'one' }: BuildLinkInput): BuildLinkResult {
  if (!Array.isArray(keys) || keys.length === 0) return { ok: false, error: 'No permissions to put in the link.' };
  const items: Array<{ key: string; type: string }> = [];
  const scopes = new Set<string>();
  for (const { key, type } of keys) {
    const t = keyTypeOf(String(type ?? ''));
    const info = lookupKey(key, t);
    if (!info) return { ok: false, error: `The key "${key}" with type "${type}" is not in the permission catalog.` };
    if (owner === 'account' && info.scope === 'user') {
      return { ok: false, error: `${info.label} exists only on user tokens; account tokens have no user permissions.` };
    }
    const item = { key: key.trim().toLowerCase(), type: t };
    if (!items.some((i) => i.key === item.key && i.type === item.type)) items.push(item);
    if (info.scope) scopes.add(info.scope);
  }
  const json = encodeURIComponent(JSON.stringify(items));
  const label = encodeURIComponent(name.trim() || 'Token Lens recipe');
  const notes: string[] = [];
  if (owner === 'account') {
    // Observed on the new builder: a link mixing account and zone keys keeps only the zone part.
    if (scopes.has('account') && scopes.has('zone')) {
      notes.push('The account-token form may drop the account permissions of a link that also has zone permissions: check every permission is ticked before you create the token.');
    }
    return { ok: true, url: `${DASH}/?to=/:account/api-tokens&permissionGroupKeys=${json}&name=${label}`, notes };
  }
  // The classic form cannot pre-select one zone: without zoneId the user picks "Specific zone".
  const zonePart = zone === 'all' ? '&zoneId=all' : '';
  if (zone === 'one' && scopes.has('zone')) notes.push('Under Zone Resources, choose "Specific zone" and pick your zone.');
  return { ok: true, url: `${DASH}/profile/api-tokens?permissionGroupKeys=${json}&accountId=*${zonePart}&name=${label}`, notes };
}
