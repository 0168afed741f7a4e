import { describe, expect, it } from 'vitest';
import { auditTokens, type TokenAudit } from '../../../lib/cli/audit';
import { jsonReport, JSON_SCHEMA_VERSION } from '../../../lib/cli/format-json';
import { locateTokens, MAX_RESULTS, sarifReport } from '../../../lib/cli/format-sarif';
import { formatText, safe } from '../../../lib/cli/format-text';
import { terraformTokens } from '../../../lib/cli/terraform';
import { disabledToken, expiredToken, listPage, mintingToken, narrowToken, NOW, terraformV5Plan } from './fixtures';

const audits = auditTokens([mintingToken, narrowToken, expiredToken, disabledToken].map((raw) => ({ raw, owner: 'user' as const })), NOW);

describe('text report', () => {
  const text = formatText(audits, 'high', true);

  it('a summary, then a block per token, most risky first, and the result', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('Token Lens audit: 4 tokens (2 critical, 1 medium, 1 nothing risky).');
    const heads = lines.filter((l) => /^[A-Z]+ {2}/.test(l));
    expect(heads).toEqual(['CRITICAL  old admin script', 'CRITICAL  cert-manager 2025', 'MEDIUM  spare', 'OK  external-dns (prod)']);
    expect(lines.at(-2)).toBe('Result: fails (--fail-on high): 2 tokens with a finding that is high or worse.');
  });

  it('each finding with its severity, code, why and fix', () => {
    expect(text).toContain('  [critical] ');
    expect(text).toMatch(/\(token-minting\)\n {6}Why: .+\n {6}Fix: .+\n {6}More: https:\/\//);
  });

  it('an expired token says so before anything else', () => {
    const block = text.slice(text.indexOf('CRITICAL  cert-manager 2025'));
    const [, facts, status, verdict] = block.split('\n');
    expect(facts).toBe('  id c1b2c3d4e5f60718293a4b5c6d7e8f90, user token, expired, issued 2025-05-01, last used 2026-04-30, expires 2026-05-01');
    expect(status).toMatch(/^ {2}Expired on 1 May 2026/);
    expect(verdict).toMatch(/^ {2}\S/);
  });

  it('passes when nothing is at the level', () => {
    expect(formatText(audits, 'never', false).trimEnd().split('\n').at(-1)).toBe('Result: --fail-on never, so this run does not fail.');
    expect(formatText([], 'critical', false)).toBe('Token Lens audit: 0 tokens.\n\nResult: passes (--fail-on critical): no finding is critical.\n');
  });

  it('control characters and bidi overrides from the input never reach the terminal', () => {
    const [hostile] = auditTokens([{ raw: { ...narrowToken, name: 'evil\u001b[2J\u202ename\r' } }], NOW);
    const out = formatText([hostile], 'high', false);
    expect(out).toContain('OK  evil?[2J?name?');
    expect(safe('a\tb\nc\u0007\u009b')).toBe('a\tb\nc??');
  });
});

describe('JSON report (schema version 1)', () => {
  const report = jsonReport(audits, 'high', true, NOW);

  it('has the documented top-level fields', () => {
    expect(Object.keys(report)).toEqual(['tool', 'schemaVersion', 'generatedAt', 'failOn', 'failed', 'summary', 'tokens']);
    expect(report).toMatchObject({ tool: 'token-lens', schemaVersion: JSON_SCHEMA_VERSION, generatedAt: '2026-06-01T12:00:00.000Z', failOn: 'high', failed: true });
    expect(report.summary).toEqual({ tokens: 4, byRisk: { critical: 2, high: 0, medium: 1, low: 0, info: 0, none: 1 } });
  });

  it('one object per token with every key always present', () => {
    for (const t of report.tokens) {
      expect(Object.keys(t)).toEqual(['id', 'name', 'owner', 'address', 'status', 'statusNote', 'risk', 'verdict', 'issuedOn', 'lastUsedOn', 'notBefore', 'expiresOn', 'findings']);
      for (const f of t.findings) expect(Object.keys(f)).toEqual(['code', 'severity', 'title', 'why', 'fix', 'docs']);
    }
    expect(report.tokens[0]).toMatchObject({ id: mintingToken.id, name: 'old admin script', risk: 'critical', address: null, statusNote: null, notBefore: null });
    expect(report.tokens[1]).toMatchObject({ status: 'expired', statusNote: expect.stringMatching(/^Expired on/) });
  });

  it('Terraform tokens carry their address', () => {
    const tf = jsonReport(auditTokens(terraformTokens(terraformV5Plan)!, NOW), 'high', true, NOW);
    expect(tf.tokens.map((t) => [t.address, t.owner, t.id])).toEqual([
      ['module.dns.cloudflare_account_token.dns', 'account', null],
      ['cloudflare_api_token.ci', 'user', null],
    ]);
  });
});

describe('SARIF 2.1.0', () => {
  const input = JSON.stringify(listPage([mintingToken, narrowToken, expiredToken, disabledToken], 1, 50, 4), null, 2);
  const sarif = sarifReport({ audits, version: '0.1.0', file: 'reports/tokens.json', lines: locateTokens(input) }) as any;
  const run = sarif.runs[0];

  it('is a SARIF 2.1.0 log with one run of token-lens', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver).toMatchObject({ name: 'token-lens', semanticVersion: '0.1.0' });
  });

  it('one rule per code seen, with GitHub\'s security-severity of its most severe finding', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(audits.flatMap((t) => t.findings.map((f) => f.code))));
    const minting = run.tool.driver.rules.find((r: any) => r.id === 'token-minting');
    expect(minting).toMatchObject({ shortDescription: { text: 'Can create tokens' }, defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.5' } });
    expect(minting.helpUri).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
  });

  it('one result per finding, at the line of the token in the input, naming the token', () => {
    expect(run.results).toHaveLength(audits.reduce((n: number, t: TokenAudit) => n + t.findings.length, 0));
    const first = run.results[0];
    const line = input.split('\n').findIndex((l) => l.includes(mintingToken.id)) + 1;
    expect(first).toMatchObject({
      ruleId: 'token-minting',
      level: 'error',
      locations: [{
        physicalLocation: { artifactLocation: { uri: 'reports/tokens.json' }, region: { startLine: line } },
        logicalLocations: [{ name: 'old admin script', fullyQualifiedName: mintingToken.id, kind: 'resource' }],
      }],
      partialFingerprints: { 'tokenLensFinding/v1': `${mintingToken.id}:token-minting` },
    });
    expect(first.message.text).toMatch(/^old admin script: .+ Fix: /);
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('token-minting');
    expect(run.results.every((r: any) => ['error', 'warning', 'note'].includes(r.level))).toBe(true);
  });

  it('input that is no file (stdin, the API) still gives every result a relative path, as code scanning requires', () => {
    const api = sarifReport({ audits, version: '0.1.0', fromApi: true }) as any;
    const stdin = sarifReport({ audits, version: '0.1.0' }) as any;
    for (const report of [api, stdin]) {
      for (const r of report.runs[0].results) {
        expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'cloudflare-api-tokens' } });
      }
    }
    // A user token from the API links the dashboard's token list, outside the location.
    expect(api.runs[0].results[0].properties.dashboard).toBe('https://dash.cloudflare.com/profile/api-tokens');
    expect(stdin.runs[0].results[0].properties.dashboard).toBeUndefined();
  });

  it(`keeps at most ${MAX_RESULTS} results, the most severe, and says how many were left out`, () => {
    // One token audited, copied under other IDs: auditing 5,000 tokens here cost more than a second.
    const [one] = auditTokens([{ raw: mintingToken }], NOW);
    const many = Array.from({ length: Math.ceil(MAX_RESULTS / one.findings.length) + 10 }, (_, i) => ({ ...one, id: `m${i}` }));
    const big = sarifReport({ audits: many, version: '0' }) as any;
    expect(big.runs[0].results).toHaveLength(MAX_RESULTS);
    expect(big.runs[0].results[0].level).toBe('error');
    expect(big.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^\d+ of \d+ findings, the least severe, were left out/);
  });
});
