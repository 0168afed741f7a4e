// Generates a List Tokens input for the CLI's timing and tests: N tokens with real permission-group
// IDs from the catalog (lib/catalog/data/groups.json), written as pages of 50, one JSON document
// after another, as `curl` run once per page would save them. Seeded: the same N gives the same file.
//   node scripts/cli/generate-tokens.mjs 5000 > /tmp/tokens.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const groups = JSON.parse(readFileSync(new URL('../../lib/catalog/data/groups.json', import.meta.url), 'utf8'));

/** mulberry32: small, fast, seeded. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (rnd, n = 32) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const DAY = 86_400_000;

export function generateTokens(count, seed = 1, now = Date.UTC(2026, 5, 1)) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const account = hex(rnd);
  const zones = Array.from({ length: 20 }, () => hex(rnd));
  const byScope = (scope) => groups.filter((g) => g.scope === scope && /^[0-9a-f]{32}$/.test(g.id) && !g.id.startsWith('00000000'));
  const account_ = byScope('account');
  const zone_ = byScope('zone');
  const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const policies = [];
    const n = 1 + Math.floor(rnd() * 3);
    for (let p = 0; p < n; p++) {
      const zoneLevel = rnd() < 0.6;
      const list = zoneLevel ? zone_ : account_;
      const perms = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(list)).map((g) => ({ id: g.id, name: g.name }));
      const resources = zoneLevel
        ? rnd() < 0.3 ? { 'com.cloudflare.api.account.zone.*': '*' }
          : rnd() < 0.5 ? { [`com.cloudflare.api.account.${account}`]: { 'com.cloudflare.api.account.zone.*': '*' } }
            : { [`com.cloudflare.api.account.zone.${pick(zones)}`]: '*' }
        : rnd() < 0.2 ? { 'com.cloudflare.api.account.*': '*' } : { [`com.cloudflare.api.account.${account}`]: '*' };
      policies.push({ id: hex(rnd), effect: rnd() < 0.9 ? 'allow' : 'deny', resources, permission_groups: perms });
    }
    const issued = now - Math.floor(rnd() * 900) * DAY;
    const used = rnd() < 0.8 ? issued + Math.floor(rnd() * (now - issued)) : undefined;
    const expires = rnd() < 0.5 ? now + Math.floor((rnd() - 0.2) * 400) * DAY : undefined;
    tokens.push({
      id: hex(rnd),
      name: `token ${i + 1}`,
      status: rnd() < 0.05 ? 'disabled' : 'active',
      issued_on: iso(issued),
      modified_on: iso(issued),
      ...(used ? { last_used_on: iso(used) } : {}),
      ...(expires ? { expires_on: iso(expires) } : {}),
      policies,
      ...(rnd() < 0.4 ? { condition: { request_ip: { in: [`192.0.2.${Math.floor(rnd() * 255)}/32`], not_in: [] } } } : {}),
    });
  }
  return tokens;
}

/** The tokens as List Tokens pages of 50, one JSON document after another. */
export function asPages(tokens, perPage = 50) {
  const pages = [];
  for (let i = 0; i < tokens.length; i += perPage) {
    const result = tokens.slice(i, i + perPage);
    pages.push(JSON.stringify({
      success: true, errors: [], messages: [], result,
      result_info: { page: i / perPage + 1, per_page: perPage, count: result.length, total_count: tokens.length },
    }));
  }
  return `${pages.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 5000);
  process.stdout.write(asPages(generateTokens(count)));
}
