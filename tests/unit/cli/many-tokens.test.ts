// 1,000 generated tokens (scripts/cli/generate-tokens.mjs: real group IDs, List Tokens pages one
// after another) through the whole pipeline in this process. The timing budget (5,000 tokens in
// 2 s for the built CLI, end to end) is measured by `npm run bench:cli`; the bound here only
// catches something going quadratic, since test machines are shared (5,000 here took 3 s of the
// unit suite's time).
import { describe, expect, it } from 'vitest';
import { asPages, generateTokens } from '../../../scripts/cli/generate-tokens.mjs';
import { auditTokens, countByRisk } from '../../../lib/cli/audit';
import { formatJson } from '../../../lib/cli/format-json';
import { formatSarif, locateTokens } from '../../../lib/cli/format-sarif';
import { formatText } from '../../../lib/cli/format-text';
import { tokensFromDocuments } from '../../../lib/cli/input';
import { readJsonDocuments } from '../../../lib/cli/read-json';
import { NOW } from './fixtures';

const N = 1000;

describe('1,000 tokens', () => {
  it('are all read, audited and reported', () => {
    const text = asPages(generateTokens(N));
    const start = performance.now();
    const json = readJsonDocuments(text);
    expect(json.ok && json.docs).toHaveLength(N / 50);
    const input = tokensFromDocuments(json.ok ? json.docs : []);
    expect(input.ok && input.tokens).toHaveLength(N);
    const audits = auditTokens(input.ok ? input.tokens : [], NOW);
    expect(audits).toHaveLength(N);
    expect(audits.some((a) => a.findings.some((f) => f.code === 'unreadable-token'))).toBe(false);
    const counts = countByRisk(audits);
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(N);
    expect(formatText(audits, 'high', true).startsWith(`Token Lens audit: ${N} tokens (`)).toBe(true);
    expect(JSON.parse(formatJson(audits, 'high', true, NOW)).tokens).toHaveLength(N);
    expect(JSON.parse(formatSarif({ audits, version: '0', file: 't.json', lines: locateTokens(text) })).runs[0].results.length).toBeGreaterThan(N);
    expect(performance.now() - start).toBeLessThan(5_000);
  }, 15_000);
});
