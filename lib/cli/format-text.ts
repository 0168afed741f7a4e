// The readable report: a summary line, then one block per token (most risky first) with its
// status first when it no longer works, then its findings with why and fix. Plain text, no
// colours, so CI logs show it as it is. Pure.
import { RISKS, countByRisk, reaches, type FailOn, type Risk, type TokenAudit } from './audit';

/** Control characters and bidi overrides from the input must not reach a terminal. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const safe = (s: string) => s.replace(UNSAFE, '?');

const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : undefined);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const RISK_WORD: Record<Risk, string> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low', info: 'notes only', none: 'nothing risky' };

export function tokenTitle(t: TokenAudit): string {
  if (t.name !== undefined && t.name.trim() !== '') return t.name;
  return t.address ?? (t.id ? `token ${t.id}` : '(no name)');
}

function facts(t: TokenAudit): string {
  const out: string[] = [];
  if (t.address && t.name !== undefined && t.name.trim() !== '') out.push(t.address);
  if (t.id) out.push(`id ${t.id}`);
  if (t.owner) out.push(t.owner === 'user' ? 'user token' : 'account token');
  if (t.status) out.push(t.status);
  if (t.issuedOn) out.push(`issued ${day(t.issuedOn)}`);
  if (t.lastUsedOn) out.push(`last used ${day(t.lastUsedOn)}`);
  else if (t.issuedOn && !t.lastUseUnknown) out.push('never used');
  if (t.notBefore) out.push(`starts ${day(t.notBefore)}`);
  if (t.expiresOn) out.push(`expires ${day(t.expiresOn)}`);
  return out.join(', ');
}

function block(t: TokenAudit): string[] {
  const lines = [`${t.risk === 'none' ? 'OK' : t.risk.toUpperCase()}  ${tokenTitle(t)}`];
  const about = facts(t);
  if (about) lines.push(`  ${about}`);
  if (t.statusNote) lines.push(`  ${t.statusNote}`);
  lines.push(`  ${t.verdict}`);
  for (const f of t.findings) {
    lines.push('', `  [${f.severity}] ${f.title} (${f.code})`, `      Why: ${f.why}`, `      Fix: ${f.fix}`, `      More: ${f.docs}`);
  }
  return lines;
}

export function summaryLine(audits: readonly TokenAudit[]): string {
  const counts = countByRisk(audits);
  const parts = RISKS.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${RISK_WORD[r]}`);
  return `Token Lens audit: ${plural(audits.length, 'token')}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

export function resultLine(audits: readonly TokenAudit[], failOn: FailOn, failed: boolean): string {
  if (failOn === 'never') return 'Result: --fail-on never, so this run does not fail.';
  const over = audits.filter((t) => reaches(t, failOn)).length;
  const level = failOn === 'critical' ? 'critical' : `${failOn} or worse`;
  return failed
    ? `Result: fails (--fail-on ${failOn}): ${plural(over, 'token')} with a finding that is ${level}.`
    : `Result: passes (--fail-on ${failOn}): no finding is ${level}.`;
}

export function formatText(audits: readonly TokenAudit[], failOn: FailOn, failed: boolean): string {
  const lines = [summaryLine(audits)];
  for (const t of audits) lines.push('', ...block(t));
  lines.push('', resultLine(audits, failOn, failed));
  return safe(`${lines.join('\n')}\n`);
}
