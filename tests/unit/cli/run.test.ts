import { describe, expect, it } from 'vitest';
import { runCli, type CliIo, type ReadResult } from '../../../lib/cli/run';
import { crc32Hex } from '../../../lib/token/crc32';
import { envelope, listPage, mintingToken, narrowToken, neverUsedToken, NOW, terraformV4State } from './fixtures';

const body = 'Q'.repeat(20) + 'z'.repeat(20);
const TOKEN = `cfut_${body}${crc32Hex(body)}`;

interface Run { code: number; out: string; err: string; urls: string[] }

async function run(argv: string[], opts: { files?: Record<string, string | { code: string }>; stdin?: string; env?: Record<string, string>; reply?: (url: string) => Response } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const urls: string[] = [];
  const read = (v: string | { code: string } | undefined): ReadResult => (v === undefined ? { ok: false, code: 'ENOENT' } : typeof v === 'string' ? { ok: true, text: v } : { ok: false, code: v.code });
  const io: CliIo = {
    argv,
    env: opts.env ?? {},
    readFile: async (path) => read(opts.files?.[path]),
    readStdin: async () => read(opts.stdin),
    fetch: async (url) => {
      urls.push(url);
      return opts.reply ? opts.reply(url) : new Response('{}', { status: 500 });
    },
    now: () => NOW,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    version: '9.9.9',
  };
  const code = await runCli(io);
  return { code, out, err, urls };
}

const files = {
  'list.json': JSON.stringify(listPage([narrowToken, mintingToken], 1, 50, 2)),
  'mild.json': JSON.stringify(envelope(neverUsedToken)),
  'plan.json': JSON.stringify(terraformV4State),
};

describe('runCli: exit codes', () => {
  it('1 when a finding is at least --fail-on (default high), 0 otherwise', async () => {
    expect((await run(['audit', 'list.json'], { files })).code).toBe(1);
    expect((await run(['audit', 'list.json', '--fail-on', 'never'], { files })).code).toBe(0);
    expect((await run(['audit', 'mild.json'], { files })).code).toBe(0);
    expect((await run(['audit', 'mild.json', '--fail-on', 'medium'], { files })).code).toBe(1);
  });

  it('reads stdin with -', async () => {
    const r = await run(['audit', '-', '--format', 'json'], { stdin: files['mild.json'] });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tokens[0].name).toBe('new reader');
  });

  it('help and version go to stdout with 0', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('token-lens audit FILE'), err: '' });
    expect(await run(['--version'])).toMatchObject({ code: 0, out: '9.9.9\n' });
  });
});

describe('runCli: bad input is one line on stderr and exit 2', () => {
  it.each([
    [['audit', 'missing.json'], {}, 'token-lens: cannot read missing.json: there is no such file\n'],
    [['audit', 'secret.json'], { 'secret.json': { code: 'EACCES' } }, 'token-lens: cannot read secret.json: it may not be read (permission denied)\n'],
    [['audit', 'dir'], { dir: { code: 'EISDIR' } }, 'token-lens: cannot read dir: it is a folder, not a file\n'],
    [['audit', 'bad.json'], { 'bad.json': '{"result": [' }, 'token-lens: bad.json: it is not valid JSON: it ends in the middle of a value (line 1, column 13)\n'],
    [['audit', 'zones.json'], { 'zones.json': JSON.stringify(envelope([{ id: 'z', name: 'example.com' }])) }, 'token-lens: zones.json: it is an API reply without tokens in it; expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output\n'],
    [['audit', 'empty.json'], { 'empty.json': '' }, 'token-lens: empty.json: it is empty\n'],
    [['audit', 'other.json'], { 'other.json': '{"name": "not a token"}' }, 'token-lens: other.json: it holds no Cloudflare API token: expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output\n'],
    [['audit', 'x.json', '--format', 'xml'], {}, 'token-lens: --format must be one of text, json, sarif\n'],
  ])('%j', async (argv, extra, err) => {
    const r = await run(argv, { files: { ...files, ...(extra as Record<string, string>) } });
    expect(r).toEqual({ code: 2, out: '', err, urls: [] });
  });

  it('a list entry without policies is an unreadable token, not a crash', async () => {
    const r = await run(['audit', 'odd.json', '--format', 'json'], { files: { 'odd.json': JSON.stringify(listPage([neverUsedToken, { id: 'a', name: 'odd' }], 1, 50, 2)) } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).tokens[0]).toMatchObject({ name: 'odd', risk: 'high', findings: [{ code: 'unreadable-token' }] });
  });

  it('a file name with control characters is shown harmlessly', async () => {
    const r = await run(['audit', 'a\u001b[31mb']);
    expect(r.err).toBe('token-lens: cannot read a?[31mb: there is no such file\n');
  });
});

describe('runCli: formats', () => {
  it('text', async () => {
    const r = await run(['audit', 'plan.json'], { files });
    expect(r.out).toMatch(/^Token Lens audit: 1 token \(1 critical\)\.\n\nCRITICAL {2}terraform dns\n {2}cloudflare_api_token\.dns, id f1b2c3d4e5f60718293a4b5c6d7e8f90, user token, active, issued 2026-03-01\n/);
    expect(r.out).not.toContain('SECRET');
  });

  it('json', async () => {
    const r = await run(['audit', 'list.json', '--format', 'json'], { files });
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ schemaVersion: 1, failOn: 'high', failed: true, summary: { tokens: 2 } });
    expect(report.tokens.map((t: { name: string }) => t.name)).toEqual(['old admin script', 'external-dns (prod)']);
  });

  it('sarif, pointing at the file', async () => {
    const r = await run(['audit', 'list.json', '--format', 'sarif'], { files });
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('list.json');
  });
});

describe('runCli --from-api', () => {
  const reply = (url: string) =>
    url.includes('/user/tokens?page=1')
      ? new Response(JSON.stringify(listPage([narrowToken], 1, 50, 1)), { status: 200 })
      : new Response('{}', { status: 404 });

  it('lists the user\'s tokens with CLOUDFLARE_API_TOKEN and never prints it', async () => {
    const r = await run(['audit', '--from-api', '--format', 'json'], { env: { CLOUDFLARE_API_TOKEN: TOKEN }, reply });
    expect(r.code).toBe(0);
    expect(r.urls).toEqual(['https://api.cloudflare.com/client/v4/user/tokens?page=1&per_page=50']);
    expect(JSON.parse(r.out).tokens[0]).toMatchObject({ name: 'external-dns (prod)', owner: 'user' });
    expect(r.out + r.err).not.toContain(body);
  });

  it('without a token: one line, nothing sent', async () => {
    const r = await run(['audit', '--from-api'], {});
    expect(r).toMatchObject({ code: 2, out: '', urls: [] });
    expect(r.err).toMatch(/^token-lens: CLOUDFLARE_API_TOKEN is not set: .+\n$/);
  });

  it('a refusal: one line, exit 2, no token', async () => {
    const r = await run(['audit', '--from-api'], {
      env: { CLOUDFLARE_API_TOKEN: TOKEN },
      reply: () => new Response(JSON.stringify({ success: false, errors: [{ code: 1000, message: 'Invalid API Token' }], messages: [], result: null }), { status: 401 }),
    });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/^token-lens: Not accepted: /);
    expect(r.err).not.toContain(body);
  });

  it('the test-only base is announced, and refused when not https outside this machine', async () => {
    const ok = await run(['audit', '--from-api'], { env: { CLOUDFLARE_API_TOKEN: TOKEN, TOKEN_LENS_API_BASE: 'http://127.0.0.1:1/client/v4' }, reply });
    expect(ok.err).toContain('asking http://127.0.0.1:1/client/v4 (TOKEN_LENS_API_BASE, for tests only)');
    expect(ok.urls[0]).toBe('http://127.0.0.1:1/client/v4/user/tokens?page=1&per_page=50');
    const bad = await run(['audit', '--from-api'], { env: { CLOUDFLARE_API_TOKEN: TOKEN, TOKEN_LENS_API_BASE: 'http://evil.example/client/v4' }, reply });
    expect(bad).toMatchObject({ code: 2, urls: [] });
  });

  it('no tokens at all is a report of none, not an error', async () => {
    const r = await run(['audit', '--from-api'], { env: { CLOUDFLARE_API_TOKEN: TOKEN }, reply: () => new Response(JSON.stringify(listPage([], 1, 50, 0))) });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Token Lens audit: 0 tokens\./);
  });
});
