// Client IP Address Filtering and TTL / Token expiration, read from what their sections show
// (section-values.ts), whatever the controls are: fields, select triggers, chips, date-picker
// buttons. Dates are shown as e.g. 12/31/2026 (react-dates' US default), 2026-12-31 (a date
// input) or Dec 31, 2026 (Kumo's DatePicker); the dashboard means 00:00 UTC of that day
// (docs/dashboard.md §classic-builder). What can't be read is reported as unread, never taken for empty.
import type { IpFilter, TokenModel } from '../policy/model';
import { isValidCidr } from '../policy/ip';
import { norm } from './dom';
import { sectionPieces, type Piece } from './section-values';
import type { Section } from './sections';

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

const OPERATOR = /^is( not)? in$/i;
/** Help text with example addresses is not a filter. */
const HINT = /^(e\.g\.|for example|example)/i;

/**
 * The IP filter from everything its section shows (section-values.ts): operators, and addresses
 * in fields, chips or triggers. Undefined when the section shows nothing we can read: no
 * operator, no field, no address (a control we can't read is not "no filter").
 */
export function ipFilterOf(pieces: readonly Piece[]): IpFilter | undefined {
  const out: IpFilter = { in: [], notIn: [] };
  // Without any operator on the page, addresses are the ones allowed.
  let op: keyof IpFilter | undefined = pieces.some((p) => OPERATOR.test(p.text)) ? undefined : 'in';
  let read = false;
  for (const p of pieces) {
    const t = p.text.toLowerCase();
    if (HINT.test(t)) continue;
    if (p.field !== undefined) read = true;
    if (t === 'is in') op = 'in';
    else if (t === 'is not in') op = 'notIn';
    else {
      for (const piece of t.split(/[\s,;]+/)) {
        if (!piece || !isValidCidr(piece)) continue;
        if (op) out[op].push(piece);
        read = true;
      }
      continue;
    }
    read = true;
  }
  return read ? out : undefined;
}

const NEVER = /^(never|no expiration|no expiry|does not expire|none)$/i;
const EMPTY_DATE = /^((select|pick|choose|add|set)( an?| the)? (start |end |expiration )?date(s)?|no date( set)?|mm\/dd\/yyyy|yyyy-mm-dd|dd\/mm\/yyyy)\.*…?$/i;
/** Looks like a date (or part of one) we should be able to read. */
const DATE_LIKE = /\b\d{1,4}[/.-]\d{1,2}\b|\b(19|20)\d\d\b/;
const START = /start|begin|from|not before|valid from/i;
const DATE_WORD = /^(start|end|expiration|expiry|from|until)( date)?$/i;
const RELATIVE = /^(\d+) (day|week|month|year)s?$/i;
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/**
 * Start and end dates from everything the TTL / expiration section shows: date fields, a date
 * picker's button ("Dec 20, 2026"), a range ("Dec 10, 2026 → Dec 20, 2026"), a choice such as
 * "Never" or "30 days". {} = read, no dates; undefined = not read (a date shown that we can't
 * parse, or nothing we recognise at all: never taken for "never expires").
 */
export function ttlOf(pieces: readonly Piece[], now: Date = new Date()): TokenModel['ttl'] {
  const ttl: NonNullable<TokenModel['ttl']> = {};
  let read = false;
  let label = '';
  for (const p of pieces) {
    if (p.field !== undefined) {
      if (!p.text || EMPTY_DATE.test(p.text)) { read = true; continue; }
      if (NEVER.test(p.text)) { read = true; continue; }
      const iso = parseShownDate(p.text);
      if (!iso) return undefined;
      if (START.test(p.field)) ttl.notBefore = iso;
      else ttl.expiresOn = iso;
      read = true;
      continue;
    }
    if (NEVER.test(p.text) || EMPTY_DATE.test(p.text)) { read = true; continue; }
    const rel = RELATIVE.exec(p.text);
    if (rel) {
      ttl.expiresOn = new Date(now.getTime() + Number(rel[1]) * DAYS[rel[2].toLowerCase()] * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
      read = true;
      continue;
    }
    const parts = p.text.split(/\s+(?:→|->|–|—|-|to|until)\s+/i);
    // A range picker with nothing picked shows its placeholders: "Start Date → End Date".
    if (parts.length > 1 && parts.every((x) => EMPTY_DATE.test(x) || DATE_WORD.test(x))) { read = true; continue; }
    const dates = parts.map(parseShownDate);
    if (dates.every((d) => !d)) {
      if (DATE_LIKE.test(p.text)) return undefined; // a date in a form we can't read
      label = p.text;
      continue;
    }
    if (dates.some((d) => !d)) return undefined;
    if (dates.length >= 2) [ttl.notBefore, ttl.expiresOn] = [dates[0], dates[dates.length - 1]];
    else if (START.test(label)) ttl.notBefore = dates[0];
    else ttl.expiresOn = dates[0];
    read = true;
  }
  return read ? ttl : undefined;
}

export interface Restrictions {
  ipFilter?: IpFilter;
  ttl?: TokenModel['ttl'];
  /** Restriction sections that are on the page but whose controls could not be read. */
  unread: Array<'ip-filter' | 'ttl'>;
}

/**
 * The IP filter and the dates, each from its own section (up to the next section's heading, or
 * `end`, the button that ends the form). A section that isn't there stays undefined and is not
 * unread; one that is there but shows nothing readable is unread.
 */
export function readRestrictions(sections: readonly Section[], skip: ReadonlySet<Element>, end?: Element): Restrictions {
  const out: Restrictions = { unread: [] };
  sections.forEach((s, i) => {
    if (s.name !== 'ip-filter' && s.name !== 'ttl') return;
    const pieces = sectionPieces(s.heading, sections[i + 1]?.heading ?? end, skip);
    if (s.name === 'ip-filter') out.ipFilter = ipFilterOf(pieces);
    else out.ttl = ttlOf(pieces);
    if ((s.name === 'ip-filter' ? out.ipFilter : out.ttl) === undefined) out.unread.push(s.name);
  });
  return out;
}
