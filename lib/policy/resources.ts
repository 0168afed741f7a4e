// Reads a policy's `resources` map (docs/cloudflare-tokens.md §policies-and-resources) into model resources.
// Keys: com.cloudflare.api.account.<id|*>, com.cloudflare.api.account.zone.<id|*>,
// com.cloudflare.api.user.<tag>, com.cloudflare.edge.r2.bucket.<account>_<jurisdiction>_<bucket>,
// and the nested form { "com.cloudflare.api.account.<id>": { "<zone or bucket key>": "*" } }.
import type { Resource } from './model';

const ZONE = 'com.cloudflare.api.account.zone.';
const ACCOUNT = 'com.cloudflare.api.account.';
const USER = 'com.cloudflare.api.user.';
const BUCKET = 'com.cloudflare.edge.r2.bucket.';

function bucket(rest: string, outerAccount?: string): Resource {
  if (rest === '*') return { type: 'r2-bucket', id: '*', ...(outerAccount ? { accountId: outerAccount } : {}) };
  // <account id>_<jurisdiction>_<bucket name>; bucket names may not contain "_", so split twice.
  const m = /^([0-9a-f]{32})_([a-z0-9-]+)_(.+)$/i.exec(rest);
  if (!m) return { type: 'r2-bucket', id: rest, ...(outerAccount ? { accountId: outerAccount } : {}) };
  const label = m[2] === 'default' ? m[3] : `${m[3]} (${m[2]})`;
  return { type: 'r2-bucket', id: m[3], accountId: m[1], label };
}

/** One flat key; `outer` is the account id when the key sits inside a nested account map. */
function flatKey(key: string, outer?: string): Resource {
  if (key.startsWith(ZONE)) {
    const id = key.slice(ZONE.length);
    // "All zones" inside one account's map means that account's zones only.
    if (id === '*' && outer !== undefined) return { type: 'account-zones', accountId: outer };
    return { type: 'zone', id };
  }
  if (key.startsWith(BUCKET)) return bucket(key.slice(BUCKET.length), outer);
  if (key.startsWith(USER)) return { type: 'user', id: key.slice(USER.length) };
  if (key.startsWith(ACCOUNT) && outer === undefined) return { type: 'account', id: key.slice(ACCOUNT.length) };
  return { type: 'other', key: outer === undefined ? key : `${ACCOUNT}${outer} > ${key}` };
}

const shown = (key: string) => (key.length > 80 ? `${key.slice(0, 77)}...` : key);

export type ResourcesResult = { ok: true; value: Resource[] } | { ok: false; error: string };

/** The whole `resources` object of one policy. */
export function parseResources(raw: unknown, where: string): ResourcesResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: `${where} has no resources list we can read.` };
  }
  const out: Resource[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string') {
      out.push(flatKey(key));
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const outer = key.startsWith(ACCOUNT) && !key.startsWith(ZONE) ? key.slice(ACCOUNT.length) : undefined;
      if (outer === undefined) {
        out.push({ type: 'other', key });
        continue;
      }
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (typeof innerValue !== 'string') {
          return { ok: false, error: `${where} has a resource "${shown(inner)}" whose value is not text.` };
        }
        out.push(flatKey(inner, outer));
      }
    } else {
      return { ok: false, error: `${where} has a resource "${shown(key)}" whose value is neither text nor a map.` };
    }
  }
  return { ok: true, value: out };
}
