// The token's restrictions in the API's words (docs/cloudflare-tokens.md §conditions-and-dates):
// the client IP filter (`condition.request_ip`, or `condition["request.ip"]` as an older docs page
// spells it) and the `not_before` / `expires_on` dates. Each answers a value or an error sentence.
import type { IpFilter } from './model';
import { isValidCidr } from './ip';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function cidrList(raw: unknown, label: string): string[] | string {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return `The IP filter's "${label}" list is not a list.`;
  // Say which entry, not what it holds: a paste can put anything there.
  const bad = raw.findIndex((c) => typeof c !== 'string' || !isValidCidr(c));
  if (bad >= 0) return `The IP filter's "${label}" list has an entry (number ${bad + 1}) that is not an IP address or range.`;
  return raw.map((c: string) => c.trim());
}

export function ipFilterOf(condition: unknown): IpFilter | string {
  if (condition === undefined || condition === null) return { in: [], notIn: [] };
  if (!isObj(condition)) return 'The token\'s condition is not an object.';
  const ip = condition.request_ip ?? condition['request.ip'];
  if (ip === undefined || ip === null) return { in: [], notIn: [] };
  if (!isObj(ip)) return 'The token\'s IP condition is not an object.';
  const inList = cidrList(ip.in, 'is in');
  if (typeof inList === 'string') return inList;
  const notIn = cidrList(ip.not_in, 'is not in');
  if (typeof notIn === 'string') return notIn;
  return { in: inList, notIn };
}

/** `{ date }` (undefined when not set) or `{ error }`. */
export function dateOf(raw: unknown, label: string): { date?: string; error?: string } {
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) return { error: `The token's ${label} is not a date.` };
  return { date: new Date(raw).toISOString().replace('.000Z', 'Z') };
}
