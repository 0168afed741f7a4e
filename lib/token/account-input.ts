// What the Account ID field keeps from what is typed or pasted into it: the ID itself, or the
// ID out of a dashboard address (https://dash.cloudflare.com/<32 hex>/home), so a copied
// address works as well as the bare ID.
import { accountIdFromUrl } from './account-from-url';

/** No account ID or address is anywhere near this long. */
const MAX_INPUT = 2_000;

export function accountIdInput(text: string): string {
  const t = text.slice(0, MAX_INPUT).trim();
  const address = /^(?:https?:\/\/)?dash\.cloudflare\.com\//i.test(t) ? (t.startsWith('http') ? t : `https://${t}`) : null;
  if (!address) return text.slice(0, MAX_INPUT);
  return accountIdFromUrl(address.replace(/^http:/i, 'https:')) ?? text.slice(0, MAX_INPUT);
}
