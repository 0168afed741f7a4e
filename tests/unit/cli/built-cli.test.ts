// The built CLI as users run it: `npm run build:cli` into a temporary TOKEN_LENS_OUT, started
// through bin/token-lens.mjs with plain Node (no TypeScript loader). `--from-api` talks to the
// local HTTPS stand-in of api.cloudflare.com (tests/e2e/fake-cf-api.ts) through the test-only
// TOKEN_LENS_API_BASE; its certificate is a throwaway one for api.cloudflare.com and 127.0.0.1,
// which the child trusts through NODE_EXTRA_CA_CERTS: the check of certificates stays on, and
// nothing in the CLI trusts anything but Node's own CAs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCfApi, type FakeCfApi } from '../../e2e/fake-cf-api';
import { crc32Hex } from '../../../lib/token/crc32';
import { listPage, mintingToken as minting, narrowToken as narrow, neverUsedToken as neverUsed, NOW, terraformV5Plan } from './fixtures';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/token-lens.mjs');
const secret = 'Xy'.repeat(20);
const TOKEN = `cfut_${secret}${crc32Hex(secret)}`;
const ACCOUNT = '01a7362d577a6c3019a474fd6f485823';

/** The built CLI reads the real clock: the fixtures' dates are moved by as much as it is past NOW. */
const shift = Date.now() - NOW.getTime();
const DATES = ['issued_on', 'modified_on', 'last_used_on', 'not_before', 'expires_on'];
function fresh<T extends Record<string, unknown>>(token: T): T {
  const moved = DATES.filter((k) => typeof token[k] === 'string').map((k) => [k, new Date(Date.parse(token[k] as string) + shift).toISOString()]);
  return { ...token, ...Object.fromEntries(moved) };
}
const narrowToken = fresh(narrow);
const mintingToken = fresh(minting);
const neverUsedToken = fresh(neverUsed);

let out: string;
let api: FakeCfApi;

interface Result { code: number | null; stdout: string; stderr: string }

function cli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      // Only what the CLI needs: no CLOUDFLARE_API_TOKEN of the machine running the tests.
      env: { PATH: process.env.PATH ?? '', TOKEN_LENS_OUT: out, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const fromApi = (args: string[] = [], env: Record<string, string> = {}) => cli(['audit', '--from-api', ...args], {
  CLOUDFLARE_API_TOKEN: TOKEN,
  TOKEN_LENS_API_BASE: `https://127.0.0.1:${api.port}/client/v4`,
  NODE_EXTRA_CA_CERTS: api.certFile,
  ...env,
});

/** stderr without our note on the test base. */
const ownErrors = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !l.includes('for tests only')).join('\n');

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'token-lens-cli-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'scripts/cli/vite.config.ts'], {
    cwd: ROOT,
    env: { ...process.env, TOKEN_LENS_OUT: out },
    stdio: 'pipe',
  });
  api = await startFakeCfApi();
}, 120_000);

afterAll(async () => {
  await api?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the build', () => {
  it('is one ES module that imports only node: built-ins, with the catalog inside', () => {
    const code = readFileSync(join(out, 'cli/token-lens.mjs'), 'utf8');
    const imports = [...code.matchAll(/^import\s.*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((i) => i.startsWith('node:'))).toBe(true);
    expect(code).not.toMatch(/\bimport\(["'](?!node:)/);
    // A catalog group ID: the JSON is bundled.
    expect(code).toContain('4755a26eedb94da69e1066d98aa820be');
    // Cloudflare's API by default, and certificates are always checked.
    expect(code).toContain('"https://api.cloudflare.com/client/v4"');
    expect(code).not.toMatch(/rejectUnauthorized|NODE_TLS_REJECT_UNAUTHORIZED/);
  });

  it('bin/token-lens.mjs says to build first when the build is missing', async () => {
    const r = await cli(['audit', 'x.json'], { TOKEN_LENS_OUT: join(out, 'nothing-here') });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'token-lens: the command line is not built yet: run npm run build first (or npm run build:cli)\n' });
  });
});

describe('files and stdin', () => {
  it('audits a Terraform plan from stdin and a list from a file', async () => {
    const plan = await cli(['audit', '-', '--format', 'json', '--fail-on', 'critical'], {}, JSON.stringify(terraformV5Plan));
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).tokens.map((t: { address: string }) => t.address)).toEqual(['module.dns.cloudflare_account_token.dns', 'cloudflare_api_token.ci']);
    const dir = mkdtempSync(join(tmpdir(), 'token-lens-in-'));
    try {
      const file = join(dir, 'tokens.json');
      writeFileSync(file, JSON.stringify(listPage([narrowToken, mintingToken], 1, 50, 2)));
      const r = await cli(['audit', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Token Lens audit: 2 tokens \(1 critical, 1 nothing risky\)\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['audit', 'no-such-file.json'], undefined, 'token-lens: cannot read no-such-file.json: there is no such file\n'],
    [['audit', '-'], '{"policies": [', 'token-lens: stdin: it is not valid JSON: it ends in the middle of a value (line 1, column 15)\n'],
    [['audit', '-'], '[]', 'token-lens: stdin: it is an empty list\n'],
    [['audit', '-'], '{"zones": []}', 'token-lens: stdin: it holds no Cloudflare API token: expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output\n'],
    [['audit'], undefined, 'token-lens: give a file to audit (- for stdin), or --from-api (token-lens --help)\n'],
  ])('bad input: one line, exit 2, no stack trace: %j', async (args, stdin, stderr) => {
    expect(await cli(args, {}, stdin)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('--from-api against the local stand-in', () => {
  it('reads every page of /user/tokens with the token as a Bearer header, and never prints it', async () => {
    api.reset();
    const pages = [listPage([narrowToken, mintingToken], 1, 2, 3), listPage([neverUsedToken], 2, 2, 3)];
    api.answer((req) => {
      const m = /^\/client\/v4\/user\/tokens\?page=(\d+)&per_page=50$/.exec(req.url);
      return m ? { status: 200, body: pages[Number(m[1]) - 1] } : { status: 404, body: { success: false, errors: [{ code: 7003 }], messages: [], result: null } };
    });
    const r = await fromApi(['--format', 'json']);
    expect(r.code).toBe(1);
    expect(api.seen.map((s) => [s.method, s.url, s.authorization])).toEqual([
      ['GET', '/client/v4/user/tokens?page=1&per_page=50', `Bearer ${TOKEN}`],
      ['GET', '/client/v4/user/tokens?page=2&per_page=50', `Bearer ${TOKEN}`],
    ]);
    const report = JSON.parse(r.stdout);
    expect(report.tokens.map((t: { name: string; owner: string }) => [t.name, t.owner])).toEqual([
      ['old admin script', 'user'], ['new reader', 'user'], ['external-dns (prod)', 'user'],
    ]);
    expect(r.stdout + r.stderr).not.toContain(secret);
    expect(ownErrors(r.stderr)).toBe('');
  });

  it('an account\'s tokens from /accounts/{id}/tokens', async () => {
    api.reset();
    api.answer(() => ({ status: 200, body: listPage([neverUsedToken], 1, 50, 1) }));
    const r = await fromApi(['--account', ACCOUNT, '--format', 'sarif']);
    expect(r.code).toBe(0);
    expect(api.seen[0].url).toBe(`/client/v4/accounts/${ACCOUNT}/tokens?page=1&per_page=50`);
    expect(JSON.parse(r.stdout).runs[0].results[0].ruleId).toBe('unused-token');
  });

  it.each([
    ['401', { status: 401, body: { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }], messages: [], result: null } }, /^token-lens: Not accepted: Cloudflare does not accept this token: .+ \(HTTP 401, code 1000\)$/],
    ['403 / 9109', { status: 403, body: { success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }], messages: [], result: null } }, /^token-lens: Not accepted: .+ Listing tokens needs API Tokens Read: .+ \(HTTP 403, code 9109\)$/],
    ['429', { status: 429, headers: { 'retry-after': '30' }, body: { success: false, errors: [{ code: 971 }], messages: [], result: null } }, /^token-lens: Too many checks: .+ Wait 30 seconds before running it again\. \(HTTP 429\)$/],
    ['a dropped connection', { drop: true }, /^token-lens: No connection: The request did not reach Cloudflare/],
  ])('%s: the popup\'s verdict text in one line, exit 2', async (_, reply, line) => {
    api.reset();
    api.answer(reply);
    const r = await fromApi();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(ownErrors(r.stderr)).toMatch(line);
    expect(r.stderr).not.toContain(secret);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks the certificate: unless the stand-in\'s certificate is trusted, nothing is asked', async () => {
    api.reset();
    const r = await fromApi([], { NODE_EXTRA_CA_CERTS: '' });
    expect(r.code).toBe(2);
    expect(ownErrors(r.stderr)).toMatch(/^token-lens: No connection: /);
    expect(api.seen).toEqual([]);
    expect(r.stderr).not.toContain(secret);
  });

  it('refuses a test base away from this machine, before sending anything', async () => {
    api.reset();
    const r = await fromApi([], { TOKEN_LENS_API_BASE: 'https://192.0.2.1/client/v4' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('token-lens: TOKEN_LENS_API_BASE (for tests only) must name this machine (127.0.0.1, localhost or [::1]): the token goes to api.cloudflare.com or nowhere\n');
    expect(api.seen).toEqual([]);
  });
});
