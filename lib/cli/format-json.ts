// `--format json`: a stable, documented schema (README, "Command line: token-lens audit").
// `schemaVersion` changes only when a field is removed or changes meaning; new fields may be added.
// Every key is always present (null when the input does not say), so consumers need no guessing.
import type { Severity } from '../analysis/types';
import { countByRisk, type FailOn, type Risk, type TokenAudit, type TokenStatus } from './audit';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonFinding {
  code: string;
  severity: Severity;
  title: string;
  why: string;
  fix: string;
  docs: string;
}

export interface JsonToken {
  id: string | null;
  name: string | null;
  owner: 'user' | 'account' | null;
  /** Terraform resource address; null for API input. */
  address: string | null;
  status: TokenStatus | null;
  /** For a token that does not work now (expired, disabled, not valid yet): what to do. */
  statusNote: string | null;
  risk: Risk;
  verdict: string;
  issuedOn: string | null;
  lastUsedOn: string | null;
  notBefore: string | null;
  expiresOn: string | null;
  findings: JsonFinding[];
}

export interface JsonReport {
  tool: 'token-lens';
  schemaVersion: number;
  generatedAt: string;
  failOn: FailOn;
  failed: boolean;
  summary: { tokens: number; byRisk: Record<Risk, number> };
  tokens: JsonToken[];
}

export function jsonToken(t: TokenAudit): JsonToken {
  return {
    id: t.id ?? null,
    name: t.name ?? null,
    owner: t.owner ?? null,
    address: t.address ?? null,
    status: t.status ?? null,
    statusNote: t.statusNote ?? null,
    risk: t.risk,
    verdict: t.verdict,
    issuedOn: t.issuedOn ?? null,
    lastUsedOn: t.lastUsedOn ?? null,
    notBefore: t.notBefore ?? null,
    expiresOn: t.expiresOn ?? null,
    findings: t.findings.map(({ code, severity, title, why, fix, docs }) => ({ code, severity, title, why, fix, docs })),
  };
}

export function jsonReport(audits: readonly TokenAudit[], failOn: FailOn, failed: boolean, now: Date): JsonReport {
  return {
    tool: 'token-lens',
    schemaVersion: JSON_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    failOn,
    failed,
    summary: { tokens: audits.length, byRisk: countByRisk(audits) },
    tokens: audits.map(jsonToken),
  };
}

export function formatJson(audits: readonly TokenAudit[], failOn: FailOn, failed: boolean, now: Date): string {
  return `${JSON.stringify(jsonReport(audits, failOn, failed, now), null, 2)}\n`;
}
