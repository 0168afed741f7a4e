// The Account ID, when a paste carries it: a .env file or a command with
// `CLOUDFLARE_ACCOUNT_ID=…` (also `CF_ACCOUNT_ID`, `account_id = "…"` in wrangler.toml,
// `accountId: …`), or a dashboard address (dash.cloudflare.com/<32 hex>/…). Taken only when the
// paste names one ID. Not secret. Linear: the look-behind keeps the pattern from starting
// inside a word, and each part is bounded by a class the next part can't match.
const NAMED = /(?<![\w.$-])["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*[=:][ \t]*(["']?)([0-9a-fA-F]{32})\2(?![\w.-])/g;
const IN_ADDRESS = /dash\.cloudflare\.com\/([0-9a-f]{32})(?![0-9A-Za-z])/g;

export function accountIdFromPaste(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(NAMED)) if (/account_?id/i.test(m[1])) found.add(m[3].toLowerCase());
  for (const m of text.matchAll(IN_ADDRESS)) found.add(m[1]);
  return found.size === 1 ? [...found][0] : null;
}
