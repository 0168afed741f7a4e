// The dashboard puts the account ID first in its paths: https://dash.cloudflare.com/<32 hex>/...
// (docs/dashboard.md §routes). The popup uses it to pre-fill the Account ID field.
export function accountIdFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'dash.cloudflare.com') return null;
  const first = parsed.pathname.split('/')[1] ?? '';
  return /^[0-9a-f]{32}$/.test(first) ? first : null;
}
