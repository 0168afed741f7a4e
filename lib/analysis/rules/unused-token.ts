// A token nobody uses: its last use is more than options.unusedDays ago, or it was never used and
// was issued more than options.neverUsedDays ago. Only the API says when a token was issued and
// last used (List Tokens / Token Details: `issued_on`, `last_used_on`), so only models read from
// it (the tokens list with the dashboard's own reply, the CLI) can fire this; a form never does.
// Not for expired or disabled tokens: they say so themselves.
// Severity: low; medium when the token holds a critical permission.
import { DOCS } from '../docs';
import type { RuleDescriptor } from '../rule';
import { allowed } from '../grants';
import type { Rule } from '../types';

const DAY = 86_400_000;

/** Bounds of both options (days), shared with the options page and normalizeOptions. */
export const UNUSED_DAYS = { min: 1, max: 3650 } as const;

/** "2026-01-10": the day only, written the same in every language. */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const unusedToken: Rule = (input) => {
  const { model, now, options } = input;
  if (model.status !== undefined && model.status !== 'active') return [];
  const issued = Date.parse(model.issuedOn ?? '');
  const last = Date.parse(model.lastUsedOn ?? '');
  const critical = allowed(input).some((g) => g.info.risk === 'critical');
  const at = now.getTime();
  let title: string;
  let why: string;
  if (!Number.isNaN(last)) {
    const days = Math.floor((at - last) / DAY);
    if (days <= options.unusedDays) return [];
    title = `Not used since ${day(last)}`;
    why = `Nobody has used this token for ${days} days (more than ${options.unusedDays}). A token nobody needs still works for whoever finds a copy of it.`;
  } else if (model.lastUsedOn === undefined && !Number.isNaN(issued)) {
    const days = Math.floor((at - issued) / DAY);
    if (days <= options.neverUsedDays) return [];
    title = `Never used since it was made on ${day(issued)}`;
    why = `This token was made ${days} days ago (more than ${options.neverUsedDays}) and has never been used. A token nobody needs still works for whoever finds a copy of it.`;
  } else {
    return [];
  }
  return [{
    code: 'unused-token',
    severity: critical ? 'medium' : 'low',
    title,
    why,
    fix: 'Delete or disable it. If a job still needs it now and then, give that job a token with an end date instead.',
    docs: DOCS.restrict,
    target: { kind: 'section', section: 'token' },
  }];
};

export const unusedTokenRule = {
  code: 'unused-token',
  title: 'Unused tokens',
  checks: "On the tokens list, names tokens nobody has used for longer than the days set below (from the dashboard's own data).",
  severity: 'medium',
  option: { key: 'unused-token', tunedBy: ['unusedDays', 'neverUsedDays'] },
  docs: ['restrict'],
  places: ['token'],
  verdict: null,
  strictness: { tighten: true, ease: true },
  check: unusedToken,
} satisfies RuleDescriptor;
