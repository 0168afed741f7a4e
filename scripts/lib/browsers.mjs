// What `npm test` needs from the machine, and what to do when it is missing: pure, so a table test
// can walk every case (tests/unit/setup-check/browsers.test.ts). scripts/check-browsers.mjs runs it.

/** The programs the suite runs, where it looks for them, and the Debian package that brings each. */
export const NEEDS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', pkg: 'chromium', for: 'the end-to-end tests' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', for: 'the Firefox smoke test' },
  { name: 'openssl', env: null, path: '/usr/bin/openssl', pkg: 'openssl', for: 'the HTTPS stand-in for api.cloudflare.com' },
];

/**
 * @param {{ env: Record<string, string | undefined>, exists: (path: string) => boolean,
 *           root: boolean, sudo: boolean, apt: boolean }} m  the machine as seen now
 * @returns {{ ok: true } | { install: string[], via: 'root' | 'sudo' } | { fail: string }}
 */
export function planSetup(m) {
  const missing = [];
  for (const need of NEEDS) {
    const named = need.env ? m.env[need.env] : undefined;
    if (named) {
      // A path the user named is never replaced by an install: it is a mistake to point out.
      if (!m.exists(named)) return { fail: `${need.env}=${named} does not exist: point it at ${need.name} or unset it to use ${need.path} (${need.for}).` };
      continue;
    }
    if (!m.exists(need.path)) missing.push(need);
  }
  if (missing.length === 0) return { ok: true };
  const pkgs = missing.map((n) => n.pkg);
  if (m.apt && m.root) return { install: pkgs, via: 'root' };
  if (m.apt && m.sudo) return { install: pkgs, via: 'sudo' };
  const what = missing.map((n) => `${n.name} (${n.path}, for ${n.for})`).join(', ');
  const how = m.apt ? `sudo apt-get install ${pkgs.join(' ')}` : `install ${pkgs.join(' ')} with your package manager, or set ${missing.map((n) => n.env).filter(Boolean).join(' / ')}`;
  return { fail: `Missing ${what}: run \`${how}\`, then npm test again.` };
}
