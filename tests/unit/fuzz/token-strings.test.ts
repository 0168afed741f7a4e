// 10,000 seeded random and adversarial pastes through paste clean-up and the offline format
// check (issue 6, part 3): nothing throws, every answer is one of the defined kinds, and what the
// popup may send is always a value fetch accepts as a header.
import { describe, expect, it } from 'vitest';
import { classifyToken } from '../../../lib/token/classify-token';
import { cleanPaste } from '../../../lib/token/clean-paste';
import { pasteHint } from '../../../lib/token/not-a-token';
import { accountIdFromPaste } from '../../../lib/token/account-from-paste';
import { isCommandLine } from '../../../lib/token/command-line';
import { KIND_LABEL, type TokenKind } from '../../../lib/token/token-kinds';
import { verifyRequest } from '../../../lib/token/verify-request';
import { BASE62, fromAlphabet, HEX, int, makeRng, pick, scannableBody, SEED, unicodeText, type Rng } from './random';

const COUNT = 10_000;
const KINDS = Object.keys(KIND_LABEL) as TokenKind[];
const LABELS = ['spaces or line breaks at the ends', 'quotes around it', '"Authorization: Bearer" in front', '"Bearer" in front', 'line breaks inside it', 'a setting name in front (NAME=)',
  'invisible characters', 'brackets around it', 'the command around it', 'a comment after it', 'a full stop or comma after it', 'other words around it',
  'an email address in front', 'the command or file around it'];
const PREFIXES = ['cfut_', 'cfat_', 'cfk_', 'cfoat_', 'v1.0-'];
const NEAR_MISSES = ['cfut', 'cfut-', 'CFUT_', 'Cfut_', 'cfut__', 'cf_ut_', 'cfat', 'cfat-', 'cfk', 'cfk-', 'cfoat', 'cfo_', 'v1.0', 'v1-0-', 'cfut_ ', ' cfat_', '\u0441fut_'];
const QUOTES = [['"', '"'], ["'", "'"], ['`', '`'], ['\u201c', '\u201d'], ['\u2018', '\u2019'], ['"', "'"], ['\u201d', '\u201c'], ['«', '»'], ['"', '']];
const FRONTS = ['CLOUDFLARE_API_TOKEN=', 'export CF_API_TOKEN=', 'api_token: ', '"apiToken": ', 'Bearer ', 'bearer\t', 'BEARER  ', 'Bearer\n', 'Authorization: Bearer ', 'authorization:bearer ', 'AUTHORIZATION :  Bearer\t', 'Authorization: ', 'Bearer', 'Bearer:', 'Token ', '-H "Authorization: Bearer ', 'X-Auth-Key: '];
const SPACES = [' ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u2028', '\v', '\f'];

function wrap(rng: Rng, core: string): string {
  let out = core;
  for (let layer = int(rng, 0, 4); layer > 0; layer--) {
    const roll = rng();
    if (roll < 0.3) {
      const [open, close] = pick(rng, QUOTES);
      out = open + out + close;
    } else if (roll < 0.6) out = pick(rng, FRONTS) + out;
    else if (roll < 0.8) out = pick(rng, SPACES) + out + pick(rng, SPACES);
    else {
      const at = int(rng, 0, out.length);
      out = out.slice(0, at) + pick(rng, SPACES) + out.slice(at);
    }
  }
  return out;
}

// Long inputs that have made regexes backtrack (quadratic time) in the past.
function pathological(rng: Rng): string {
  const n = int(rng, 513, 4000);
  return pick(rng, [
    () => 'a@' + 'b.'.repeat(n) + ' x y',
    () => 'a@b.c' + ' '.repeat(n) + 'x y',
    () => 'a@b.c' + ':'.repeat(n) + ' x y',
    () => 'x' + ' \t'.repeat(n) + 'y',
    () => '"'.repeat(n),
    () => 'Bearer '.repeat(n),
    () => 'authorization:'.repeat(n) + ' x',
    () => 'cfut_' + 'a'.repeat(n),
    () => '\n'.repeat(n) + 'cfut_',
    () => 'v1.0-' + '-'.repeat(n) + '!',
  ])();
}

const GENERATORS: Array<[weight: number, make: (rng: Rng) => string]> = [
  [20, (rng) => unicodeText(rng, int(rng, 0, 80))],
  [15, (rng) => wrap(rng, pick(rng, ['cfut_', 'cfat_', 'cfk_']) + scannableBody(rng, pick(rng, ['right', 'right', 'wrong', 'upper'] as const)))],
  [10, (rng) => pick(rng, PREFIXES) + fromAlphabet(rng, pick(rng, [BASE62, HEX, BASE62 + '_-.']), int(rng, 0, 60))],
  [10, (rng) => pick(rng, NEAR_MISSES) + scannableBody(rng, pick(rng, ['right', 'wrong'] as const))],
  [10, (rng) => wrap(rng, fromAlphabet(rng, pick(rng, [BASE62 + '_-', HEX, HEX.toUpperCase()]), pick(rng, [32, 37, 40, 41, 45, 46, 64, int(rng, 1, 70)])))],
  [8, (rng) => {
    const email = `${fromAlphabet(rng, 'abcxyz.+', int(rng, 1, 12))}@${fromAlphabet(rng, 'exampl', int(rng, 1, 8))}.${pick(rng, ['com', 'io', 'co.uk', ''])}`;
    const key = pick(rng, [fromAlphabet(rng, HEX, 37), 'cfk_' + scannableBody(rng, pick(rng, ['right', 'wrong'] as const)), fromAlphabet(rng, BASE62, int(rng, 0, 50))]);
    return wrap(rng, email + pick(rng, [':', ',', ';', ' ', '\n', '\t', ': ', '']) + key);
  }],
  [10, (rng) => wrap(rng, unicodeText(rng, int(rng, 0, 30)) + pick(rng, PREFIXES) + unicodeText(rng, int(rng, 0, 60)))],
  [7, (rng) => {
    // A valid token with one character changed, dropped or doubled.
    const t = pick(rng, ['cfut_', 'cfat_']) + scannableBody(rng, 'right');
    const at = int(rng, 0, t.length - 1);
    return pick(rng, [t.slice(0, at) + t.slice(at + 1), t.slice(0, at) + t[at] + t.slice(at), t.slice(0, at) + unicodeText(rng, 1) + t.slice(at + 1)]);
  }],
  [5, (rng) => fromAlphabet(rng, '"\'`\u201c\u201d \n\tBearer:', int(rng, 0, 40))],
  [4, (rng) => unicodeText(rng, int(rng, 200, 3000))],
  [1, pathological],
  // Not a Cloudflare token: JWTs, Access service tokens, commands (some with a token in them).
  [6, (rng) => wrap(rng, pick(rng, [
    () => `eyJ${fromAlphabet(rng, BASE62 + '_-', int(rng, 5, 40))}.${fromAlphabet(rng, BASE62 + '_-', int(rng, 5, 200))}.${fromAlphabet(rng, BASE62 + '_-', int(rng, 0, 60))}`,
    () => `${fromAlphabet(rng, HEX, 32)}.access`,
    () => `${pick(rng, ['CF-Access-Client-Secret: ', 'CF_ACCESS_CLIENT_SECRET=', 'cf-access-client-secret:'])}${fromAlphabet(rng, HEX, pick(rng, [64, 63, 65]))}`,
    () => `${pick(rng, ['', '$ ', 'CLOUDFLARE_ACCOUNT_ID=abc ', 'sudo '])}${pick(rng, ['npx wrangler deploy', 'curl -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" https://api.cloudflare.com/client/v4/user', 'docker run -e CLOUDFLARE_API_TOKEN img', 'terraform apply'])}`,
    () => `${pick(rng, ['CLOUDFLARE_API_TOKEN=', 'CF_API_TOKEN: ', '-e CLOUDFLARE_API_TOKEN='])}${fromAlphabet(rng, BASE62 + '_-', pick(rng, [39, 40, 41]))}${pick(rng, [' npx wrangler deploy', '\nCLOUDFLARE_ACCOUNT_ID=' + fromAlphabet(rng, HEX, 32), ''])}`,
    () => `${fromAlphabet(rng, 'abc.', int(rng, 1, 10))}@example.com${pick(rng, [':', ',', ', ', '\n'])}${pick(rng, ['cfut_', 'cfat_', 'cfk_', ''])}${fromAlphabet(rng, BASE62 + '_-', pick(rng, [40, 48, 37]))}`,
  ])())],
];

function makeInputs(seed: number, count: number): string[] {
  const rng = makeRng(seed);
  const total = GENERATORS.reduce((sum, [w]) => sum + w, 0);
  const out = ['', ' ', '\n', '""', 'Bearer ', 'Bearer', 'Authorization: Bearer', '\u0000', '\ud800', 'x'.repeat(100_000)];
  while (out.length < count) {
    let roll = rng() * total;
    const [, make] = GENERATORS.find(([w]) => (roll -= w) < 0) ?? GENERATORS[0];
    out.push(make(rng));
  }
  return out;
}

describe(`paste clean-up and format check, ${COUNT} inputs, seed ${SEED}`, () => {
  const inputs = makeInputs(SEED, COUNT);

  it('the inputs are reproducible and varied', () => {
    expect(makeInputs(SEED, 50)).toEqual(inputs.slice(0, 50));
    expect(new Set(inputs).size).toBeGreaterThan(COUNT * 0.9);
    // Every kind the generators aim at really comes out (the generators are not all duds).
    const kinds = new Set(inputs.map((raw) => classifyToken(cleanPaste(raw).value, pasteHint(raw)).kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it('nothing throws; every answer is a defined kind with texts that never repeat the value', () => {
    const problems: string[] = [];
    for (const raw of inputs) {
      try {
        const cleaned = cleanPaste(raw);
        const { value } = cleaned;
        if (typeof value !== 'string' || value.length > raw.length) problems.push(`clean-up grew ${JSON.stringify(raw.slice(0, 80))}`);
        if (cleaned.removed.some((l) => !LABELS.includes(l)) || new Set(cleaned.removed).size !== cleaned.removed.length) {
          problems.push(`odd labels ${JSON.stringify(cleaned.removed)}`);
        }
        const f = classifyToken(value, pasteHint(raw));
        const where = JSON.stringify(value.slice(0, 80));
        if (!KINDS.includes(f.kind)) problems.push(`kind ${f.kind} for ${where}`);
        if (!['valid', 'invalid', 'none'].includes(f.checksum) || !['yes', 'after-note', 'insist', 'no'].includes(f.send)) problems.push(`states for ${where}`);
        if (!f.explanation || !f.advice) problems.push(`missing text for ${where}`);
        if (value.length >= 6 && (f.explanation.includes(value) || f.advice.includes(value))) problems.push(`text repeats ${where}`);
      } catch (error) {
        problems.push(`threw ${String(error)} on ${JSON.stringify(raw.slice(0, 80))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('what may be sent is a value fetch accepts as a header, and never a Global API Key', () => {
    let sendable = 0;
    for (const raw of inputs) {
      const { value } = cleanPaste(raw);
      const f = classifyToken(value, pasteHint(raw));
      if (f.kind === 'global-key' || f.kind === 'legacy-global-key' || f.checksum === 'invalid') expect(f.send, value).toBe('no');
      if (f.send === 'no') continue;
      sendable++;
      expect(value).toMatch(/^[\x20-\x7e]{1,512}$/);
      expect(() => new Headers(verifyRequest(value, 'user').init.headers)).not.toThrow();
    }
    expect(sendable).toBeGreaterThan(COUNT / 10);
  });

  it.each([
    ['dotted text after an @', 'a@' + 'b.'.repeat(100_000) + ' x y'],
    ['a long run of spaces', 'a@b.c' + ' '.repeat(100_000) + 'x y'],
    ['a long run of colons', 'a@b.c' + ':'.repeat(100_000) + ' x y'],
    ['tabs and spaces', 'x' + ' \t'.repeat(100_000) + 'y'],
    ['a long run of full stops', 'a' + '.'.repeat(100_000) + 'b'],
    ['a long run of closing brackets in words', 'x ' + ')'.repeat(100_000) + 'y z'],
    ['a long run of spaces before a comment', 'x' + ' '.repeat(100_000) + 'y # z'],
    ['a long setting name and spaces', 'export ' + ' '.repeat(100_000) + 'A'.repeat(100_000) + ' '.repeat(100_000) + 'x'],
    ['names and equals signs in a command', 'x ' + 'A_TOKEN= '.repeat(30_000) + 'y'],
    ['a long name with spaces before the equals sign', 'x ' + 'A'.repeat(100_000) + ' \t'.repeat(50_000) + '= y'],
    ['a long local part and domain before the key', 'a'.repeat(100_000) + '@' + 'b'.repeat(100_000) + ' ' + 'c'.repeat(40)],
    ['an account setting repeated', 'ACCOUNT_ID= '.repeat(30_000) + 'x'],
    ['quotes and names', 'x ' + '"A"'.repeat(50_000) + '='],
    ['dashboard addresses cut short', 'dash.cloudflare.com/'.repeat(10_000) + ' x'],
  ])('stays fast on 100,000 characters of %s (no regex backtracking)', (_name, raw) => {
    const start = performance.now();
    classifyToken(cleanPaste(raw).value);
    accountIdFromPaste(raw);
    isCommandLine(raw);
    // Linear work takes about a millisecond; the quadratic versions took seconds.
    expect(performance.now() - start).toBeLessThan(250);
  });
});
