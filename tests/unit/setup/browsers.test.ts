// What `npm test` does about the browsers it needs (scripts/check-browsers.mjs): install them when
// it can, or stop at once with one line naming what is missing and how to install it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planSetup, type Machine } from '../../../scripts/lib/browsers.mjs';

const ALL = ['/usr/bin/chromium', '/usr/bin/firefox-esr', '/usr/bin/openssl'];
const machine = (has: string[], m: Partial<Machine> = {}): Machine => ({ env: {}, exists: (p) => has.includes(p), root: false, sudo: false, apt: true, ...m });

describe('planSetup', () => {
  it.each<[string, Machine, ReturnType<typeof planSetup>]>([
    ['everything there', machine(ALL), { ok: true }],
    ['no Chromium, root with apt', machine(ALL.slice(1), { root: true }), { install: ['chromium'], via: 'root' }],
    ['no browsers, sudo without a password', machine(['/usr/bin/openssl'], { sudo: true }), { install: ['chromium', 'firefox-esr'], via: 'sudo' }],
    ['CHROMIUM_PATH names a browser elsewhere', machine(['/opt/chrome', ...ALL.slice(1)], { env: { CHROMIUM_PATH: '/opt/chrome' } }), { ok: true }],
  ])('%s', (_, m, plan) => expect(planSetup(m)).toEqual(plan));

  it.each<[string, Machine, RegExp]>([
    ['no Chromium, no root, no sudo', machine(ALL.slice(1)), /^Missing Chromium \(\/usr\/bin\/chromium, for the end-to-end tests\): run `sudo apt-get install chromium`/],
    ['no Firefox and no apt', machine(['/usr/bin/chromium', '/usr/bin/openssl'], { apt: false, root: true }), /^Missing Firefox ESR .*install firefox-esr with your package manager, or set FIREFOX_PATH/],
    // A path the user named is a mistake to point out, even where apt could install the default.
    ['CHROMIUM_PATH names nothing', machine(ALL, { env: { CHROMIUM_PATH: '/nope' }, root: true }), /^CHROMIUM_PATH=\/nope does not exist/],
    ['FIREFOX_PATH names nothing', machine(ALL, { env: { FIREFOX_PATH: '/nope' } }), /^FIREFOX_PATH=\/nope does not exist/],
  ])('%s: one line that names the fix', (_, m, line) => {
    const plan = planSetup(m);
    expect('fail' in plan && plan.fail).toMatch(line);
    expect('fail' in plan && plan.fail).not.toContain('\n');
  });
});

describe('scripts/check-browsers.mjs', () => {
  it('stops at once, with the one line, when CHROMIUM_PATH names nothing', () => {
    const t0 = Date.now();
    const run = spawnSync(process.execPath, ['scripts/check-browsers.mjs'], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('npm test: CHROMIUM_PATH=/nonexistent/chromium does not exist: point it at Chromium or unset it to use /usr/bin/chromium (the end-to-end tests).');
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
