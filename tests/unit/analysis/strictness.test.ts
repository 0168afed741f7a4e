import { describe, expect, it } from 'vitest';
import { adjust } from '../../../lib/analysis/strictness';
import type { Finding, Severity } from '../../../lib/analysis/types';

const f = (code: string, severity: Severity): Finding => ({
  code, severity, title: 't', why: 'w', fix: 'f', docs: 'https://developers.cloudflare.com/', target: { kind: 'section', section: 'token' },
});

describe('adjust (strictness mapping)', () => {
  it.each([
    // [code, severity, strictness, result]
    ['no-expiry', 'low', 'strict', 'medium'],
    ['no-ip-filter', 'low', 'strict', 'medium'],
    ['all-zones', 'low', 'strict', 'medium'],
    ['write-access', 'medium', 'strict', 'medium'],
    ['unknown-permission', 'info', 'strict', 'info'],
    ['token-minting', 'critical', 'strict', 'critical'],
    ['no-expiry', 'low', 'balanced', 'low'],
    ['no-expiry', 'medium', 'balanced', 'medium'],
    ['no-expiry', 'low', 'relaxed', null],
    ['unknown-permission', 'info', 'relaxed', null],
    ['all-zones', 'low', 'relaxed', null],
    ['no-expiry', 'medium', 'relaxed', 'low'],
    ['no-ip-filter', 'high', 'relaxed', 'medium'],
    ['all-zones', 'high', 'relaxed', 'high'],
    ['all-accounts', 'medium', 'relaxed', 'medium'],
    ['critical-permission', 'high', 'relaxed', 'high'],
    ['token-minting', 'critical', 'relaxed', 'critical'],
  ] as const)('%s %s under %s -> %s', (code, severity, strictness, expected) => {
    expect(adjust(f(code, severity), strictness)?.severity ?? null).toBe(expected);
  });
});
