import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../lib/token/clean-paste';

const T = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
const ENDS = 'spaces or line breaks at the ends';
const QUOTES = 'quotes around it';
const BEARER = '"Bearer" in front';
const HEADER = '"Authorization: Bearer" in front';
const INSIDE = 'line breaks inside it';
const SETTING = 'a setting name in front (NAME=)';

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
  ])('%s', (_name, raw, value, removed) => {
    expect(cleanPaste(raw)).toEqual({ value, removed });
  });
});
