// An older-format token given by name inside a command or a file: `CLOUDFLARE_API_TOKEN=<token>
// npx wrangler deploy`, `docker run -e CF_API_TOKEN=<token> …`, a .env file of several lines,
// `CF_API_TOKEN: <token>` in a compose file. Scannable tokens need no name (their check digits
// find them: clean-paste.ts); a 40-character older token is taken only when its name says it is
// a Cloudflare token, and only when the text names one value. Linear on any input: the look-behind keeps
// the pattern from starting inside a word, and every quantifier is bounded by a character class
// the next part can't match.
const NAMED = /(?<![\w.$-])["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*[=:][ \t]*(["']?)([A-Za-z0-9_-]{40})\2(?![\w.-])/g;
/** A Cloudflare token's name: CLOUDFLARE_API_TOKEN, CF_API_TOKEN, cfApiToken, api_token, token. */
const CLOUDFLARE_NAME = /^(?=.*token)(?:.*cloudflare|cf|(?:api_?)?token$)/i;
/** 37-45 hex is a Global API Key, whatever it is called (never taken out, never sent). */
const KEY = /^[0-9a-f]{37,45}$/i;

/** The one older-format token named in a longer text, or the text as it was. */
export function namedToken(text: string): string {
  if (!/\s/.test(text)) return text; // one `NAME=value` alone: the setting step's
  const found = new Set<string>();
  for (const m of text.matchAll(NAMED)) {
    // GITHUB_TOKEN=ghp_… is 40 characters too: another service's token is never taken out.
    if (CLOUDFLARE_NAME.test(m[1]) && !KEY.test(m[3])) found.add(m[3]);
  }
  return found.size === 1 ? [...found][0] : text;
}
