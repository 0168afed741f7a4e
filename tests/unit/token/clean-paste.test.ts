import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../lib/token/clean-paste';

const T = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ENDS = 'spaces or line breaks at the ends';
const QUOTES = 'quotes around it';
const BEARER = '"Bearer" in front';
const HEADER = '"Authorization: Bearer" in front';
const INSIDE = 'line breaks inside it';
const SETTING = 'a setting name in front (NAME=)';
const EMAIL = 'an email address in front';
const AROUND = 'the command or file around it';
const WORDS = 'other words around it';
const L = 'YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T'; // older format
const ID = '01a7362d577a6c3019a474fd6f485823';

describe('cleanPaste', () => {
  it.each([
    ['nothing to do', T, T, []],
    ['empty', '', '', []],
    ['only spaces', '   \n\t ', '', [ENDS]],
    ['spaces and newline', `  ${T}\n`, T, [ENDS]],
    ['Windows newline', `${T}\r\n`, T, [ENDS]],
    ['double quotes', `"${T}"`, T, [QUOTES]],
    ['single quotes', `'${T}'`, T, [QUOTES]],
    ['backticks', `\`${T}\``, T, [QUOTES]],
    ['curly quotes', `\u201c${T}\u201d`, T, [QUOTES]],
    ['one quote only stays', `"${T}`, `"${T}`, []],
    ['Bearer', `Bearer ${T}`, T, [BEARER]],
    ['bearer, lower case, two spaces', `bearer  ${T}`, T, [BEARER]],
    ['header line', `Authorization: Bearer ${T}`, T, [HEADER]],
    ['header line, odd case and spacing', `authorization:bearer ${T}`, T, [HEADER]],
    ['quoted header from curl', `  "Authorization: Bearer ${T}"\n`, T, [ENDS, QUOTES, HEADER]],
    ['Bearer then quoted token', `Bearer "${T}"`, T, [BEARER, QUOTES]],
    ['quoted with inner spaces', `" ${T} "`, T, [QUOTES, ENDS]],
    ['email and key on two lines', 'me@example.com\n0123456789abcdef0123456789abcdef01234', 'me@example.com 0123456789abcdef0123456789abcdef01234', [INSIDE]],
    ['.env line', `CLOUDFLARE_API_TOKEN=${T}`, T, [SETTING]],
    ['.env line, quoted, with export', `export CLOUDFLARE_API_TOKEN="${T}"\n`, T, [ENDS, SETTING, QUOTES]],
    ['Windows set', `set CF_API_TOKEN=${T}`, T, [SETTING]],
    ['PowerShell', `$env:CLOUDFLARE_API_TOKEN = '${T}'`, T, [SETTING, QUOTES]],
    ['YAML', `  api_token: ${T}`, T, [ENDS, SETTING]],
    ['TOML', `api_token = "${T}"`, T, [SETTING, QUOTES]],
    ['JSON member with a comma', `"apiToken": "${T}",`, T, [SETTING, QUOTES]],
    ['a header is not a setting', `Authorization: Bearer ${T}`, T, [HEADER]],
    ['a name with nothing after it stays', 'CLOUDFLARE_API_TOKEN=', 'CLOUDFLARE_API_TOKEN=', []],
    ['an email and a key are not a setting', `me@example.com:0123456789abcdef0123456789abcdef01234`, 'me@example.com:0123456789abcdef0123456789abcdef01234', []],
    ['Bearer alone is left (nothing after it)', 'Bearer', 'Bearer', []],
    ['word starting with Bearer is kept', 'Bearerish', 'Bearerish', []],
    // An email in front of a token is a label (issue item 3); in front of a key it stays.
    ['email:token', `me@example.com:${T}`, T, [EMAIL]],
    ['email,token', `me@example.com,${T}`, T, [EMAIL]],
    ['email, token', `me@example.com, ${T}`, T, [EMAIL]],
    ['email:older token', `me@example.com:${L}`, L, [EMAIL]],
    ['email and older token on two lines', `me@example.com\n${L}`, L, [INSIDE, EMAIL]],
    ['email:token with wrong check digits (still taken: the check says so)', `me@example.com:${T.slice(0, -1)}0`, `${T.slice(0, -1)}0`, [EMAIL]],
    ['email:40 hex is a key, kept', 'me@example.com:0123456789abcdef0123456789abcdef01234567', 'me@example.com:0123456789abcdef0123456789abcdef01234567', []],
    ['email:cfk_ is a key, kept', `me@example.com:cfk_${T.slice(5)}`, `me@example.com:cfk_${T.slice(5)}`, []],
    ['not an email (no dot in the domain)', `me@localhost:${L}`, `me@localhost:${L}`, []],
    // A token inside a command or a file (issue item 4).
    ['older token set for one command', `CLOUDFLARE_API_TOKEN=${L} npx wrangler deploy`, L, [AROUND]],
    ['older token in docker run -e', `docker run -e CLOUDFLARE_API_TOKEN=${L} cloudflare/cloudflared:latest tunnel run`, L, [AROUND]],
    ['older token in docker run --env, quoted', `docker run --env "CF_API_TOKEN=${L}" img`, L, [AROUND]],
    ['.env of several lines with an older token', `CLOUDFLARE_ACCOUNT_ID=${ID}\nCLOUDFLARE_API_TOKEN=${L}\n`, L, [ENDS, INSIDE, AROUND]],
    ['compose file lines', `environment:\n  CF_API_TOKEN: "${L}"\n  TZ: UTC`, L, [INSIDE, AROUND]],
    ['scannable token set for one command', `CLOUDFLARE_API_TOKEN=${T} npx wrangler deploy`, T, [WORDS]],
    ['a GitHub token of 40 characters is not taken', `GITHUB_TOKEN=ghp_${'a1B2'.repeat(9)} gh auth status`, `GITHUB_TOKEN=ghp_${'a1B2'.repeat(9)} gh auth status`, []],
    ['a .env with a GitHub token and a Cloudflare one: the Cloudflare one', `GITHUB_TOKEN=ghp_${'a1B2'.repeat(9)}\nCF_API_TOKEN=${L}`, L, [INSIDE, AROUND]],
    ['cfApiToken in JSON', `{"cfApiToken": "${L}", "zone": "x"}`, L, ['brackets around it', AROUND]],
    ['a value not named as a token is not taken', `SOME_SECRET=${L} npx wrangler deploy`, `SOME_SECRET=${L} npx wrangler deploy`, []],
    ['two different older tokens: neither is taken', `CF_API_TOKEN=${L} CLOUDFLARE_API_TOKEN=${L.replace('Y', 'Z')}`, `CF_API_TOKEN=${L} CLOUDFLARE_API_TOKEN=${L.replace('Y', 'Z')}`, []],
    ['the same token twice is one', `CF_API_TOKEN=${L} CLOUDFLARE_API_TOKEN=${L}`, L, [AROUND]],
    ['a command with no token keeps its setting', 'CLOUDFLARE_ACCOUNT_ID=abc npx wrangler deploy', 'CLOUDFLARE_ACCOUNT_ID=abc npx wrangler deploy', []],
    ['a secret reference with spaces is still a setting', 'apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}', '${{ secrets.CLOUDFLARE_API_TOKEN }}', [SETTING]],
  ])('%s', (_name, raw, value, removed) => {
    expect(cleanPaste(raw)).toEqual({ value, removed });
  });
});
