// `--format sarif`: SARIF 2.1.0 for code-scanning uploads (GitHub's upload-sarif, others).
// One rule per finding code, one result per finding. A result points at the input file (the line
// where the token's ID or Terraform address first appears, when found) and names the token as a
// logical location. Code scanning takes only results with a repository-relative path (no location,
// or an https address, makes GitHub refuse the whole upload), so input from stdin or the API is
// filed under NO_FILE_URI; a user token read from the API also links the dashboard's token list.
// GitHub reads a rule's `security-severity`: each rule gets that of its most severe finding in
// this run, and each result keeps its own `level`. At most MAX_RESULTS results (the most severe),
// with a notification saying how many were left out. Pure.
import { RULE_DESCRIPTORS } from '../analysis/rules';
import { compareSeverity, moreSevere } from '../analysis/severity';
import type { Severity } from '../analysis/types';
import { UNREADABLE, type AuditFinding, type TokenAudit } from './audit';
import { safe, tokenTitle } from './format-text';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const API_TOKENS_PAGE = 'https://dash.cloudflare.com/profile/api-tokens';
/** The path results are filed under when the input is no file (stdin, --from-api). */
export const NO_FILE_URI = 'cloudflare-api-tokens';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

/** What each rule checks: its descriptor's name and sentence. */
const RULE_INFO: ReadonlyMap<string, { name: string; checks: string }> = new Map(RULE_DESCRIPTORS.map((d) => [d.code, { name: d.title, checks: d.checks }]));

/** In the CLI's words where the options page's differ, and the CLI's own code. */
const CLI_RULE_INFO: Record<string, { name: string; checks: string }> = {
  'unused-token': { name: 'Unused tokens', checks: 'Names tokens not used for 90 days, or never used 30 days after they were made (from the API\'s issued_on and last_used_on).' },
  [UNREADABLE]: { name: 'Unreadable tokens', checks: 'Names tokens Token Lens could not read, so that no token is passed over in silence.' },
};

/** First line on which each token ID or Terraform address appears in the input text. */
export function locateTokens(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"(?:id|address)"\s*:\s*"([^"\\\n]{1,300})"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (lines.has(m[1])) continue;
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    lines.set(m[1], line);
  }
  return lines;
}

export interface SarifInput {
  audits: readonly TokenAudit[];
  version: string;
  /** The input file as given (relative paths stay relative); undefined for stdin or the API. */
  file?: string;
  fromApi?: boolean;
  /** From locateTokens, when the input text is at hand. */
  lines?: Map<string, number>;
}

const uriOf = (file: string) => file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');

export function sarifReport({ audits, version, file, fromApi = false, lines }: SarifInput): object {
  const worst = new Map<string, Severity>();
  const docsOf = new Map<string, string>();
  for (const t of audits) {
    for (const f of t.findings) {
      const seen = worst.get(f.code);
      if (!seen || moreSevere(f.severity, seen)) worst.set(f.code, f.severity);
      if (!docsOf.has(f.code) && f.docs) docsOf.set(f.code, f.docs);
    }
  }
  const rules = [...worst.keys()].sort().map((code) => {
    const info = CLI_RULE_INFO[code] ?? RULE_INFO.get(code) ?? { name: code, checks: code };
    const severity = worst.get(code) as Severity;
    const docs = docsOf.get(code);
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: info.name },
      fullDescription: { text: info.checks },
      ...(docs ? { helpUri: docs } : {}),
      help: { text: info.checks },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: ['security', 'cloudflare-api-token'], precision: 'high', 'security-severity': SECURITY_SEVERITY[severity] },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  // Every finding with its token, in the report's order. Code scanning rejects a run of more than
  // 25,000 results: then the most severe are kept (a stable sort keeps the order among equals),
  // chosen before any result is built.
  const pairs: Array<[TokenAudit, AuditFinding]> = [];
  for (const t of audits) for (const f of t.findings) pairs.push([t, f]);
  const kept = pairs.length > MAX_RESULTS
    ? [...pairs].sort((a, b) => compareSeverity(a[1].severity, b[1].severity)).slice(0, MAX_RESULTS)
    : pairs;

  /** What all results of one token share, made once per token. */
  interface Shared { key: string; title: string; location: object; properties: Record<string, string> }
  const shared = new Map<TokenAudit, Shared>();
  const sharedOf = (t: TokenAudit): Shared => {
    let s = shared.get(t);
    if (s) return s;
    const title = safe(tokenTitle(t));
    const line = lines?.get(t.address ?? '') ?? lines?.get(t.id ?? '');
    const physicalLocation = file !== undefined
      ? { artifactLocation: { uri: uriOf(file) }, ...(line ? { region: { startLine: line } } : {}) }
      : { artifactLocation: { uri: NO_FILE_URI } };
    const logical = { name: title, ...(t.address || t.id ? { fullyQualifiedName: t.address ?? t.id } : {}), kind: 'resource' };
    const properties: Record<string, string> = { tokenRisk: t.risk };
    if (t.status) properties.tokenStatus = t.status;
    if (fromApi && t.owner === 'user') properties.dashboard = API_TOKENS_PAGE;
    s = { key: t.address ?? t.id ?? t.name ?? '', title, location: { physicalLocation, logicalLocations: [logical] }, properties };
    shared.set(t, s);
    return s;
  };

  const results = kept.map(([t, f]) => {
    const s = sharedOf(t);
    return {
      ruleId: f.code,
      ruleIndex: ruleIndex.get(f.code),
      level: LEVEL[f.severity],
      message: { text: safe(`${s.title}: ${f.title}. ${f.why} Fix: ${f.fix}`) },
      locations: [s.location],
      partialFingerprints: { 'tokenLensFinding/v1': `${s.key}:${f.code}` },
      properties: { severity: f.severity, ...s.properties },
    };
  });
  const left = pairs.length - results.length;
  const notifications = left > 0
    ? [{ level: 'warning', message: { text: `${left} of ${pairs.length} findings, the least severe, were left out: code scanning takes at most ${MAX_RESULTS} results. The JSON report (--format json) has them all.` } }]
    : [];

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'token-lens', fullName: 'Token Lens audit', semanticVersion: version, rules } },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
}

/** One line of JSON: code scanning limits the upload's size, and nobody reads SARIF by eye. */
export function formatSarif(input: SarifInput): string {
  return `${JSON.stringify(sarifReport(input))}\n`;
}
