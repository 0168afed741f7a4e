// An email address in front of a token: `me@example.com:cfut_…`, `me@example.com, cfut_…`, or the
// two on two lines. An email goes with a Global API Key
// (docs/cloudflare-tokens.md §what-people-paste-by-mistake), but followed by a user or account
// token it is only a label: the token is what gets checked. Anything else after an email (a key of
// 37-45 hex, cfk_…) stays, so classifyToken holds it back. Anchored, and each class excludes what
// the next one matches: linear on any input.
const EMAIL_IN_FRONT = /^[^\s@:,;]+@([^\s@:,;]+)[\s:,;]+/;
const TOKEN = /^cf(?:ut|at)_\S*$/;
const OLDER_TOKEN = /^[A-Za-z0-9_-]{40}$/;
const KEY = /^[0-9a-f]{37,45}$/i;

export function withoutEmail(text: string): string {
  const m = EMAIL_IN_FRONT.exec(text);
  if (!m || !m[1].includes('.')) return text;
  const rest = text.slice(m[0].length);
  const token = TOKEN.test(rest) || (OLDER_TOKEN.test(rest) && !KEY.test(rest));
  return token ? rest : text;
}
