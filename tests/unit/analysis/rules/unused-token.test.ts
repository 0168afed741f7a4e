import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis/analyze';
import { unusedToken } from '../../../../lib/analysis/rules/unused-token';
import { NOW, brief, model, run } from '../helpers';

const ago = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
const zoneRead = [{ perms: ['Zone Read'] }];

describe('unused-token', () => {
  it.each([
    ['last used 91 days ago (default 90)', model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(91) }), {}, 'low'],
    ['last used a year ago, critical permission: medium', model([{ perms: ['DNS Write'] }], { issuedOn: ago(400), lastUsedOn: ago(365) }), {}, 'medium'],
    ['never used, made 31 days ago (default 30)', model(zoneRead, { issuedOn: ago(31) }), {}, 'low'],
    ['last used 31 days ago with a 30-day option', model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(31) }), { unusedDays: 30 }, 'low'],
    ['never used, made 8 days ago with a 7-day option', model(zoneRead, { issuedOn: ago(8) }), { neverUsedDays: 7 }, 'low'],
    ['active, no permissions known', model([], { status: 'active', issuedOn: ago(400), lastUsedOn: ago(200) }), {}, 'low'],
  ])('fires: %s', (_, m, options, severity) => {
    expect(brief(run(unusedToken, 'unused-token', m, options))).toEqual([[severity, 'token']]);
  });

  it.each([
    ['no API data (a form)', model(zoneRead), {}],
    ['used 90 days ago', model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(90) }), {}],
    ['used yesterday', model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(1) }), {}],
    ['never used, made 30 days ago', model(zoneRead, { issuedOn: ago(30) }), {}],
    ['used 100 days ago with a 120-day option', model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(100) }), { unusedDays: 120 }],
    ['expired', model(zoneRead, { status: 'expired', issuedOn: ago(400), lastUsedOn: ago(200) }), {}],
    ['disabled', model(zoneRead, { status: 'disabled', issuedOn: ago(400) }), {}],
    ['an unreadable last use', model(zoneRead, { issuedOn: ago(400), lastUsedOn: 'soon' }), {}],
  ])('stays quiet: %s', (_, m, options) => {
    expect(run(unusedToken, 'unused-token', m, options)).toEqual([]);
  });

  it('names the day and says what to do', () => {
    const [f] = run(unusedToken, 'unused-token', model(zoneRead, { issuedOn: ago(400), lastUsedOn: '2026-01-10T08:00:00Z' }));
    expect(f.title).toBe('Not used since 2026-01-10');
    expect(f.fix).toMatch(/^Delete or disable it/);
    const [never] = run(unusedToken, 'unused-token', model(zoneRead, { issuedOn: '2026-02-01T00:00:00Z' }));
    expect(never.title).toBe('Never used since it was made on 2026-02-01');
  });

  it('runs in analyze() and can be turned off', () => {
    const m = model(zoneRead, { issuedOn: ago(400), lastUsedOn: ago(200) });
    expect(analyze(m, {}, NOW).map((f) => f.code)).toContain('unused-token');
    expect(analyze(m, { disabledRules: ['unused-token'] }, NOW).map((f) => f.code)).not.toContain('unused-token');
    expect(analyze(m, { unusedDays: 365 }, NOW).map((f) => f.code)).not.toContain('unused-token');
  });
});
