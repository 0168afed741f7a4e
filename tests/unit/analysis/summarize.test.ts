import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/analysis/summarize';
import type { Finding, Severity } from '../../../lib/analysis/types';

const f = (code: string, severity: Severity): Finding => ({
  code, severity, title: 't', why: 'w', fix: 'f', docs: 'https://developers.cloudflare.com/', target: { kind: 'section', section: 'token' },
});

describe('summarize', () => {
  it.each([
    ['nothing', [], 'none', /Nothing risky/],
    ['minting first', [f('token-minting', 'critical'), f('no-expiry', 'medium')], 'critical', /create new tokens: treat it like the password/],
    ['worst wins even when listed last', [f('no-expiry', 'low'), f('all-zones', 'high')], 'high', /every zone/],
    ['only notes', [f('unknown-permission', 'info')], 'info', /new to Token Lens/],
    ['a code we have no verdict for', [f('future-rule', 'medium')], 'medium', /Some risks/],
  ])('%s', (_, findings, level, verdict) => {
    const s = summarize(findings);
    expect(s.level).toBe(level);
    expect(s.verdict).toMatch(verdict);
  });

  it('counts per severity', () => {
    expect(summarize([f('a', 'high'), f('b', 'high'), f('c', 'info')]).counts).toEqual({ critical: 0, high: 2, medium: 0, low: 0, info: 1 });
  });

  it('ignores junk instead of throwing', () => {
    expect(summarize([null, { severity: 'huge' }] as unknown as Finding[]).level).toBe('none');
    expect(summarize(undefined as unknown as Finding[]).level).toBe('none');
  });
});
