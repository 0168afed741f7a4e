// Tidies what people paste: a copied header line, a line of a config file, quotes, stray spaces
// or line breaks. Each removal is named so the popup can tell the user what changed
// (cloudflare-tokens.md §1.4: a stray space alone gets a 6003/6111 reply).
export interface CleanPaste {
  value: string;
  /** Plain descriptions of what was taken away, in order, each at most once. */
  removed: string[];
}

const QUOTES: Array<[string, string]> = [['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019']];

interface Step {
  label: string;
  apply(text: string): string;
}

// A line copied from a config file: `NAME=value` (.env, with export / set / $env:), `name: value`
// (YAML), `name = "value"` (TOML), `"name": "value",` (JSON). Tokens and keys never hold = or :,
// so a name in front is never part of one. Greedy and anchored: linear on any input.
const SETTING = /^(?:export\s+|set\s+|\$env:)?(["']?)([A-Za-z_][\w.-]*)\1\s*[=:]\s*(\S.*)$/s;

function settingValue(t: string): string {
  const m = SETTING.exec(t);
  if (!m || /^authorization$/i.test(m[2])) return t;
  return m[3].replace(/,$/, '');
}

const STEPS: Step[] = [
  { label: 'spaces or line breaks at the ends', apply: (t) => t.trim() },
  {
    label: 'quotes around it',
    apply: (t) => {
      const pair = QUOTES.find(([open, close]) => t.length >= 2 && t.startsWith(open) && t.endsWith(close));
      return pair ? t.slice(1, -1) : t;
    },
  },
  { label: '"Authorization: Bearer" in front', apply: (t) => t.replace(/^authorization\s*:\s*bearer\s+/i, '') },
  { label: '"Bearer" in front', apply: (t) => t.replace(/^bearer\s+/i, '') },
  // Kept as one space: an email and a key on two lines must stay two words (classifyToken).
  // Whole whitespace runs are matched (linear); a pattern that must find a line break after
  // optional spaces backtracks over every long run of spaces (quadratic, found by fuzzing).
  { label: 'line breaks inside it', apply: (t) => t.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)) },
  { label: 'a setting name in front (NAME=)', apply: settingValue },
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
