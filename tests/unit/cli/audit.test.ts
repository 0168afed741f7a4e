import { describe, expect, it } from 'vitest';
import { auditToken, auditTokens, countByRisk, fails } from '../../../lib/cli/audit';
import { disabledToken, expiredToken, mintingToken, narrowToken, neverUsedToken, NOW } from './fixtures';

const audit = (raw: unknown, owner?: 'user' | 'account') => auditToken({ raw, ...(owner ? { owner } : {}) }, NOW);
const codes = (raw: unknown) => audit(raw).findings.map((f) => f.code);

describe('auditToken', () => {
  it('reads a Shared.Token and keeps its ID, name, status and dates', () => {
    expect(audit(narrowToken, 'user')).toMatchObject({
      id: narrowToken.id,
      name: 'external-dns (prod)',
      owner: 'user',
      status: 'active',
      issuedOn: '2026-01-10T15:21:09Z',
      lastUsedOn: '2026-05-25T08:00:00Z',
      expiresOn: '2026-07-01T00:00:00Z',
    });
  });

  it('a token that may mint tokens is critical, its verdict says so', () => {
    const a = audit(mintingToken);
    expect(a.risk).toBe('critical');
    expect(a.verdict).toBe('Can create new tokens: treat it like the password to your account.');
    expect(a.findings[0]).toMatchObject({ code: 'token-minting', severity: 'critical' });
  });

  describe('unused-token (API data only)', () => {
    it('last used more than 90 days ago: medium, "not used since", "delete or disable it"', () => {
      const f = audit(mintingToken).findings.find((x) => x.code === 'unused-token');
      expect(f).toMatchObject({ severity: 'medium', title: 'Not used since 2025-02-01' });
      expect(f?.fix).toMatch(/^Delete or disable it/);
    });

    it('never used and made more than 30 days ago: medium, even without a critical permission', () => {
      const a = audit(neverUsedToken);
      expect(a.findings.map((f) => [f.code, f.severity])).toEqual([['unused-token', 'medium']]);
      expect(a).toMatchObject({ risk: 'medium', verdict: 'Nobody uses it: delete or disable it.' });
      expect(a.findings[0].title).toBe('Never used since it was made on 2026-04-22');
    });

    it('stays quiet when used lately, or when the input has no use data', () => {
      expect(codes(narrowToken)).not.toContain('unused-token');
      const { issued_on: _, last_used_on: __, ...noDates } = mintingToken;
      expect(codes(noDates)).not.toContain('unused-token');
    });
  });

  describe('expired and disabled tokens say so first', () => {
    it('expired (by status or by date): a status note before the findings', () => {
      const a = audit(expiredToken);
      expect(a.status).toBe('expired');
      expect(a.statusNote).toBe('Expired on 1 May 2026 (31 days ago): it no longer works. Delete it, or give it a later end date if a job still needs it.');
      const byDate = audit({ ...narrowToken, expires_on: '2026-05-31T00:00:00Z' });
      expect(byDate.status).toBe('expired');
    });

    it('disabled', () => {
      const a = audit(disabledToken);
      expect(a.status).toBe('disabled');
      expect(a.statusNote).toMatch(/^Disabled: /);
      // The rule leaves disabled tokens alone: they say so themselves.
      expect(a.findings.map((f) => f.code)).not.toContain('unused-token');
    });

    it('not valid yet', () => {
      const a = audit({ ...narrowToken, not_before: '2026-06-10T00:00:00Z' });
      expect(a).toMatchObject({ status: 'not-yet-valid', statusNote: 'Not valid yet: it starts working on 10 Jun 2026 (in 8 days).' });
    });
  });

  it('a token it cannot read is reported as high, with the reason, never skipped', () => {
    const a = audit({ id: 'x', name: 'broken', policies: [{ effect: 'maybe', permission_groups: [], resources: {} }] });
    expect(a).toMatchObject({ id: 'x', name: 'broken', risk: 'high', verdict: 'Could not be read: check it by hand.' });
    expect(a.findings).toEqual([expect.objectContaining({ code: 'unreadable-token', severity: 'high', title: 'Could not be read' })]);
    expect(a.findings[0].why).toContain('Policy 1 has no effect');
  });
});

describe('auditTokens', () => {
  const tokens = [narrowToken, expiredToken, neverUsedToken, mintingToken, disabledToken].map((raw) => ({ raw }));

  it('sorts most risky first; tokens that still work before those that do not', () => {
    const list = auditTokens(tokens, NOW);
    expect(list.map((t) => [t.name, t.risk])).toEqual([
      ['old admin script', 'critical'],
      ['cert-manager 2025', 'critical'],
      ['new reader', 'medium'],
      ['spare', 'medium'],
      ['external-dns (prod)', 'none'],
    ]);
    expect(countByRisk(list)).toEqual({ critical: 2, high: 0, medium: 2, low: 0, info: 0, none: 1 });
  });

  it.each([
    ['critical', true],
    ['high', true],
    ['medium', true],
    ['low', true],
    ['never', false],
  ] as const)('--fail-on %s: fails = %s', (failOn, expected) => {
    expect(fails(auditTokens(tokens, NOW), failOn)).toBe(expected);
  });

  it('fails only at or above the level', () => {
    const mild = auditTokens([{ raw: neverUsedToken }], NOW);
    expect(fails(mild, 'high')).toBe(false);
    expect(fails(mild, 'medium')).toBe(true);
    expect(fails([], 'low')).toBe(false);
  });
});
