// Dates in a verdict: an unambiguous day ("10 Apr 2026", UTC, as the API gives them) plus how far away it is.
export interface DateNote {
  iso: string;
  /** "10 Apr 2026" */
  date: string;
  /** "in 12 days", "in less than a day", "3 days ago" */
  relative: string;
  /** Whole days from now; negative in the past. */
  days: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

/** A date-time with no zone is UTC, as the API's dates are (a bare date is UTC already). */
export function parseUtc(iso: string): number {
  const t = iso.trim();
  return Date.parse(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? `${t}Z` : t);
}

/** null for text that is not a date. */
export function describeDate(iso: string, now: Date): DateNote | null {
  const time = parseUtc(iso);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const diff = time - now.getTime();
  const whole = Math.floor(Math.abs(diff) / DAY);
  const unit = whole === 1 ? 'day' : 'days';
  let relative: string;
  if (diff >= 0) relative = whole === 0 ? 'in less than a day' : `in ${whole} ${unit}`;
  else relative = whole === 0 ? 'less than a day ago' : `${whole} ${unit} ago`;
  return { iso, date, relative, days: diff >= 0 || whole === 0 ? whole : -whole };
}

/** "1 second", "5 seconds". */
export const seconds = (n: number) => `${n} second${n === 1 ? '' : 's'}`;

/** `retry-after` is seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  return Math.max(0, Math.ceil((time - now.getTime()) / 1000));
}
