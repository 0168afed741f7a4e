// Every token of the input through the analyzer: its status (said first when it no longer works),
// its risk and findings, most risky token first. Pure: the clock is passed in. The catalog must be
// installed (lib/catalog/bundled.ts; the CLI entry imports it).
import { analyze } from '../analysis/analyze';
import { DOCS } from '../analysis/docs';
import { SEVERITIES, atLeast, compareSeverity, moreSevere } from '../analysis/severity';
import { summarize } from '../analysis/summarize';
import type { AnalyzerOptions, Finding, Severity } from '../analysis/types';
import { parseApiToken } from '../policy/parse-api-token';
import type { TokenModel } from '../policy/model';
import { describeDate } from '../token/verdict-dates';
import type { TokenSource } from './input';

export type Risk = Severity | 'none';
export type TokenStatus = 'active' | 'disabled' | 'expired' | 'not-yet-valid';

export interface AuditFinding {
  code: string;
  severity: Severity;
  title: string;
  why: string;
  fix: string;
  docs: string;
}

export interface TokenAudit {
  id?: string;
  name?: string;
  owner?: 'user' | 'account';
  /** Terraform resource address. */
  address?: string;
  /** undefined: the input does not say (a Terraform plan of a token not made yet). */
  status?: TokenStatus;
  /** For a token that does not work now: what to do, said before the findings. */
  statusNote?: string;
  issuedOn?: string;
  lastUsedOn?: string;
  /** The input keeps no last use (Terraform provider v4): not "never used", just not known. */
  lastUseUnknown?: boolean;
  notBefore?: string;
  expiresOn?: string;
  risk: Risk;
  verdict: string;
  findings: AuditFinding[];
}

export const RISKS: readonly Risk[] = [...SEVERITIES, 'none'];
export const riskRank = (r: Risk) => RISKS.indexOf(r);

/** A token the CLI could not read: reported, never skipped (a CI run must not pass over it). */
export const UNREADABLE = 'unreadable-token';

/**
 * The CLI rates an unused token at least `medium` (the dashboard's tokens list keeps the rule's
 * own `low`, `medium` with a critical permission): a list audit is where unused tokens get deleted.
 */
const SEVERITY_FLOOR: Readonly<Record<string, Severity>> = { 'unused-token': 'medium' };

function floored(f: Finding): Finding {
  const floor = SEVERITY_FLOOR[f.code];
  return floor && moreSevere(floor, f.severity) ? { ...f, severity: floor } : f;
}

/** The summary's one line, where the analyzer's summary has none of its own for the code. */
const VERDICTS: Readonly<Record<string, string>> = { 'unused-token': 'Nobody uses it: delete or disable it.' };

function statusOf(model: TokenModel, now: Date): { status?: TokenStatus; note?: string } {
  const at = now.getTime();
  if (model.status === 'disabled') {
    return { status: 'disabled', note: 'Disabled: Cloudflare knows this token, but it has been switched off. If it should work, set it back to active; if not, delete it.' };
  }
  const expiresOn = model.ttl?.expiresOn;
  if (model.status === 'expired' || (expiresOn !== undefined && Date.parse(expiresOn) <= at)) {
    const end = expiresOn ? describeDate(expiresOn, now) : null;
    const when = end ? ` on ${end.date} (${end.relative})` : '';
    return { status: 'expired', note: `Expired${when}: it no longer works. Delete it, or give it a later end date if a job still needs it.` };
  }
  const notBefore = model.ttl?.notBefore;
  const start = notBefore !== undefined && Date.parse(notBefore) > at ? describeDate(notBefore, now) : null;
  if (start) return { status: 'not-yet-valid', note: `Not valid yet: it starts working on ${start.date} (${start.relative}).` };
  return model.status === 'active' ? { status: 'active' } : {};
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

function unreadable(source: TokenSource, reason: string): TokenAudit {
  const raw = source.raw !== null && typeof source.raw === 'object' ? (source.raw as Record<string, unknown>) : {};
  const finding: AuditFinding = {
    code: UNREADABLE,
    severity: 'high',
    title: 'Could not be read',
    why: `Token Lens could not read this token (${reason.replace(/\.$/, '')}), so it cannot say what the token may do.`,
    fix: 'Check this token by hand, or give Token Lens its Token Details reply.',
    docs: DOCS.createViaApi,
  };
  return {
    ...(text(raw.id) ? { id: raw.id as string } : {}),
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    ...(source.owner ? { owner: source.owner } : {}),
    ...(source.address ? { address: source.address } : {}),
    risk: 'high',
    verdict: 'Could not be read: check it by hand.',
    findings: [finding],
  };
}

export function auditToken(source: TokenSource, now: Date, options: Partial<AnalyzerOptions> = {}): TokenAudit {
  if (source.problem) return unreadable(source, source.problem);
  const parsed = parseApiToken(source.raw, source.owner ? { owner: source.owner } : {});
  if (!parsed.ok) return unreadable(source, parsed.error);
  const model = parsed.value;
  // Without a last use in the input, "never used since it was made" would be a guess.
  const opts = source.lastUseUnknown ? { ...options, disabledRules: [...(options.disabledRules ?? []), 'unused-token'] } : options;
  // Stable sort: equal severities keep the analyzer's order.
  const found = analyze(model, opts, now).map(floored).sort((a, b) => compareSeverity(a.severity, b.severity));
  const summary = summarize(found);
  const top = found[0];
  const verdict = (top && top.severity === summary.level && VERDICTS[top.code]) || summary.verdict;
  const findings = found.map(({ code, severity, title, why, fix, docs }): AuditFinding => ({ code, severity, title, why, fix, docs }));
  const { status, note } = statusOf(model, now);
  // Assigned one by one, not spread: this runs for every token of lists thousands long.
  const audit: TokenAudit = { risk: summary.level, verdict, findings };
  if (model.id) audit.id = model.id;
  if (model.name !== undefined) audit.name = model.name;
  if (model.owner) audit.owner = model.owner;
  if (source.address) audit.address = source.address;
  if (status) audit.status = status;
  if (note) audit.statusNote = note;
  if (model.issuedOn) audit.issuedOn = model.issuedOn;
  if (model.lastUsedOn) audit.lastUsedOn = model.lastUsedOn;
  else if (source.lastUseUnknown) audit.lastUseUnknown = true;
  if (model.ttl?.notBefore) audit.notBefore = model.ttl.notBefore;
  if (model.ttl?.expiresOn) audit.expiresOn = model.ttl.expiresOn;
  return audit;
}

const label = (t: TokenAudit) => t.name ?? t.address ?? t.id ?? '';

/** Most risky first; then tokens that still work; then by name. */
export function compareAudits(a: TokenAudit, b: TokenAudit): number {
  const works = (t: TokenAudit) => (t.status === 'expired' || t.status === 'disabled' ? 1 : 0);
  const la = label(a);
  const lb = label(b);
  return riskRank(a.risk) - riskRank(b.risk) || works(a) - works(b) || (la < lb ? -1 : la > lb ? 1 : 0);
}

export function auditTokens(sources: readonly TokenSource[], now: Date, options: Partial<AnalyzerOptions> = {}): TokenAudit[] {
  return sources.map((s) => auditToken(s, now, options)).sort(compareAudits);
}

export type FailOn = Severity | 'never';
export const FAIL_ON: readonly FailOn[] = [...SEVERITIES.filter((s) => s !== 'info'), 'never'];

/** Whether any finding is at least as severe as `failOn` (`info` never fails a run). */
export function fails(audits: readonly TokenAudit[], failOn: FailOn): boolean {
  if (failOn === 'never' || failOn === 'info') return false;
  return audits.some((t) => reaches(t, failOn));
}

/** Whether the token has a finding at least as severe as `failOn` (`info` findings never count). */
export function reaches(t: TokenAudit, failOn: Severity): boolean {
  return t.findings.some((f) => f.severity !== 'info' && atLeast(f.severity, failOn));
}

/** How many tokens are at each risk. */
export function countByRisk(audits: readonly TokenAudit[]): Record<Risk, number> {
  const counts = Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>;
  for (const t of audits) counts[t.risk]++;
  return counts;
}
