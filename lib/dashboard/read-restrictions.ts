// Client IP Address Filtering and TTL / Token expiration, read from the values their controls
// show. Dates are shown as e.g. 12/31/2026 (react-dates' US default) or 2026-12-31 (a date input);
// the dashboard means 00:00 UTC of that day (dashboard.md §3.1).
import type { IpFilter, TokenModel } from '../policy/model';
import { isValidCidr } from '../policy/ip';
import { norm } from './dom';

/** values: each control's shown texts, in page order (operators and address chips / inputs). */
export function ipFilterFrom(values: string[][]): IpFilter {
  const out: IpFilter = { in: [], notIn: [] };
  let op: keyof IpFilter | undefined;
  for (const texts of values) {
    for (const text of texts) {
      const t = norm(text).toLowerCase();
      if (t === 'is in') op = 'in';
      else if (t === 'is not in') op = 'notIn';
      else if (op) for (const piece of t.split(/[\s,;]+/)) if (piece && isValidCidr(piece)) out[op].push(piece);
    }
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A shown date as an ISO string at 00:00 UTC; undefined when it isn't a date we can read. */
export function parseShownDate(text: string): string | undefined {
  const t = norm(text);
  let y: number, m: number, d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{1,2})-(\d{1,2})(T.*)?$/.exec(t))) [y, m, d] = [+r[1], +r[2], +r[3]];
  else if ((r = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) [y, m, d] = [+r[3], +r[1], +r[2]];
  else if ((r = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(t))) [y, m, d] = [+r[3], MONTHS.indexOf(r[1].toLowerCase()) + 1, +r[2]];
  else if ((r = /^(\d{1,2}) ([a-z]{3})[a-z]*\.? (\d{4})$/i.exec(t))) [y, m, d] = [+r[3], MONTHS.indexOf(r[2].toLowerCase()) + 1, +r[1]];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}

export interface ShownDate {
  /** The control's name: "Start Date", "End Date", "Expiration date"... */
  name: string;
  value: string;
}

/** {} = no dates set; undefined = a date is shown that we can't read (not known). */
export function ttlFrom(dates: ShownDate[]): TokenModel['ttl'] {
  const ttl: NonNullable<TokenModel['ttl']> = {};
  for (const { name, value } of dates) {
    if (!norm(value) || /^(never|no expiration|none)$/i.test(norm(value))) continue;
    const iso = parseShownDate(value);
    if (!iso) return undefined;
    if (/start|begin|from|not before/i.test(name)) ttl.notBefore = iso;
    else ttl.expiresOn = iso;
  }
  return ttl;
}
