// Tidies what people paste: a copied header line or command, a line of a config file, quotes,
// brackets, a comment or a full stop after it, invisible characters, stray spaces or line breaks.
// Each removal is named so the popup can tell the user what changed
// (docs/cloudflare-tokens.md §what-people-paste-by-mistake: a stray space alone gets a 6003/6111
// reply). Every step is linear on any input: no pattern here may backtrack over a long run (the
// fuzz test sends 100,000-character ones).
import { isWholeScannable } from './crc32';
import { namedToken } from './named-token';
import { withoutEmail } from './paste-email';

export interface CleanPaste {
  value: string;
  /** Plain descriptions of what was taken away, in order, each at most once. */
  removed: string[];
}

const QUOTES: Array<[string, string]> = [
  ['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ['\u201e', '\u201c'], ['\u201e', '\u201d'], ['\u201a', '\u2018'],
  ['\u00ab', '\u00bb'], ['\u00bb', '\u00ab'], ['\u2039', '\u203a'], ['\u300c', '\u300d'],
];
const BRACKETS: Array<[string, string]> = [['(', ')'], ['[', ']'], ['<', '>'], ['{', '}']];

interface Step {
  label: string;
  apply(text: string): string;
}

// A line copied from a config file: `NAME=value` (.env, with export / set / $env:), `name: value`
// (YAML), `name = "value"` (TOML), `"name": "value",` (JSON). Tokens and keys never hold = or :,
// so a name in front is never part of one (a URL's "https:" is not a name). Greedy and anchored:
// linear on any input.
const SETTING = /^(?:export\s+|set\s+|\$env:)?(["']?)([A-Za-z_][\w.-]*)\1\s*[=:](?!\/\/)\s*(\S.*)$/s;

/** A secret reference may hold spaces: `${{ secrets.CLOUDFLARE_API_TOKEN }}`. */
const SPACED_REFERENCE = /^\$\{\{[^{}]*\}\}$/;

function settingValue(t: string): string {
  const m = SETTING.exec(t);
  if (!m || /^authorization$/i.test(m[2])) return t;
  // `NAME=value more words` is a command (`CLOUDFLARE_API_TOKEN=… npx wrangler deploy`) or a file
  // of several lines, not one setting: the steps after this one find the token in it.
  const value = beforeComment(m[3]);
  if (/\s/.test(value) && !SPACED_REFERENCE.test(value)) return t;
  return m[3].replace(/,$/, '');
}

const around = (pairs: Array<[string, string]>) => (t: string) => {
  const pair = pairs.find(([open, close]) => t.length >= 2 && t.startsWith(open) && t.endsWith(close));
  return pair ? t.slice(1, -1) : t;
};

// Zero-width spaces and joiners, the word joiner, a byte-order mark and soft hyphens: invisible
// when pasted, never part of a token.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The token inside a command or header line (`curl … -H "Authorization: Bearer <token>"`). */
function fromHeader(t: string): string {
  const m = /authorization\s*:\s*bearer\s+([A-Za-z0-9_-]+)/i.exec(t);
  return m && m[0] !== t ? m[1] : t;
}

/** `t` without the characters of `chars` at its end (a loop: no regex backtracking). */
function trimEndOf(t: string, chars: string): string {
  let end = t.length;
  while (end > 0 && chars.includes(t[end - 1])) end--;
  return t.slice(0, end);
}

/** Scannable tokens standing alone anywhere in the text (bounded lengths: linear). */
const SCANNABLE_ANYWHERE = /(?<![A-Za-z0-9_])cf(?:ut|at|k)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9])/g;

/** In a longer text, the one whole scannable token in it (checked by its check digits), if one. */
function scannableWord(t: string): string {
  if (!/\s/.test(t.trim())) return t; // spaces at the ends only: the trim step's
  const found = new Set((t.match(SCANNABLE_ANYWHERE) ?? []).filter(isWholeScannable));
  return found.size === 1 ? [...found][0] : t;
}

/** What comes before " # …" or " // …". */
function beforeComment(t: string): string {
  const at = t.search(/\s(?:#|\/\/)/);
  return at > 0 ? t.slice(0, at).trimEnd() : t;
}

const STEPS: Step[] = [
  { label: 'invisible characters', apply: (t) => t.replace(INVISIBLE, '') },
  { label: 'spaces or line breaks at the ends', apply: (t) => t.trim() },
  { label: 'quotes around it', apply: around(QUOTES) },
  { label: 'brackets around it', apply: around(BRACKETS) },
  { label: '"Authorization: Bearer" in front', apply: (t) => t.replace(/^authorization\s*:\s*bearer\s+/i, '') },
  { label: '"Bearer" in front', apply: (t) => t.replace(/^bearer\s+/i, '') },
  { label: 'the command around it', apply: fromHeader },
  // A token wrapped over two lines is joined when that makes a whole token; otherwise line breaks
  // are kept as one space: an email and a key on two lines must stay two words (classifyToken).
  // Whole whitespace runs are matched (linear); a pattern that must find a line break after
  // optional spaces backtracks over every long run of spaces (quadratic, found by fuzzing).
  {
    label: 'line breaks inside it',
    apply: (t) => {
      if (!/[\r\n]/.test(t)) return t;
      const joined = t.replace(/\s+/g, '');
      return isWholeScannable(joined) ? joined : t.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));
    },
  },
  { label: 'a setting name in front (NAME=)', apply: settingValue },
  { label: 'a comment after it', apply: beforeComment },
  { label: 'an email address in front', apply: withoutEmail },
  { label: 'a full stop or comma after it', apply: (t) => (/\s/.test(t) ? t : trimEndOf(t, '.,;:!?')) },
  { label: 'other words around it', apply: scannableWord },
  { label: 'the command or file around it', apply: namedToken },
];

export function cleanPaste(raw: string): CleanPaste {
  let value = raw;
  const removed: string[] = [];
  // Layers come in any order ("Bearer x" in quotes, quotes inside a header), so repeat until nothing changes.
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (const step of STEPS) {
      const next = step.apply(value);
      if (next === value) continue;
      value = next;
      changed = true;
      if (!removed.includes(step.label)) removed.push(step.label);
    }
    if (!changed) break;
  }
  return { value, removed };
}
