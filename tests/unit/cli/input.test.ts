import { describe, expect, it } from 'vitest';
import { tokensFromDocuments } from '../../../lib/cli/input';
import { firstErrorAt, lineColumn, readJsonDocuments } from '../../../lib/cli/read-json';
import { disabledToken, envelope, expiredToken, listPage, mintingToken, narrowToken, terraformV4State } from './fixtures';

const read = (text: string) => {
  const json = readJsonDocuments(text);
  if (!json.ok) return json;
  return tokensFromDocuments(json.docs);
};
const ids = (r: ReturnType<typeof read>) => (r.ok && 'tokens' in r ? r.tokens.map((t) => (t.raw as { id?: string }).id) : r);

describe('readJsonDocuments', () => {
  it('reads one document, or several one after another', () => {
    expect(readJsonDocuments('{"a":1}')).toEqual({ ok: true, docs: [{ a: 1 }] });
    expect(readJsonDocuments('{"a":1}\n{"b":"}{"}\n\n[1]')).toEqual({ ok: true, docs: [{ a: 1 }, { b: '}{' }, [1]] });
    expect(readJsonDocuments('\ufeff{"a":"\\"}"}{"b":2}')).toEqual({ ok: true, docs: [{ a: '"}' }, { b: 2 }] });
  });

  it.each([
    ['', 'it is empty'],
    ['  \n ', 'it is empty'],
    ['{"a":1', /^it is not valid JSON: it ends in the middle of a value \(line 1, column 7\)$/],
    // Node 20 names the position for some mistakes only; firstErrorAt finds the others.
    ['{"a":1}\n{"b":}', 'it is not valid JSON (line 2, column 6)'],
    ['{"a":1} x', 'it is not valid JSON (line 1, column 9)'],
    ['hello', 'it is not valid JSON (line 1, column 1)'],
    ['{"a":1,}', 'it is not valid JSON (line 1, column 8)'],
    ['{\n  "result": [1,\n    2,, 3]\n}', 'it is not valid JSON (line 3, column 7)'],
    ['{"a": tru}', 'it is not valid JSON (line 1, column 7)'],
    ['{"a": "x\ny"}', 'it is not valid JSON (line 1, column 9)'],
    ["{'a': 1}", 'it is not valid JSON (line 1, column 2)'],
    ['{"a": "\\q"}', 'it is not valid JSON (line 1, column 9)'],
    ['{"a": 01}', 'it is not valid JSON (line 1, column 8)'],
    ['[1]\n[2,]', 'it is not valid JSON (line 2, column 4)'],
  ])('says where %j stops being JSON', (text, error) => {
    expect(readJsonDocuments(text)).toEqual({ ok: false, error: typeof error === 'string' ? error : expect.stringMatching(error) });
  });

  it('never quotes the input', () => {
    const r = readJsonDocuments('{"token": cfut_secretsecretsecret}');
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('secret');
  });

  it('firstErrorAt: nothing wrong in JSON, and no answer (not a crash) for nesting too deep to read', () => {
    for (const ok of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0']) expect(firstErrorAt(ok)).toBeUndefined();
    expect(firstErrorAt(`${'['.repeat(200_000)}1,,${']'.repeat(200_000)}`)).toBeUndefined();
    expect(readJsonDocuments(`${'['.repeat(200_000)}x`)).toMatchObject({ ok: false });
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('tokensFromDocuments: input told by its shape', () => {
  it('a Token Details reply (envelope with one token)', () => {
    const r = read(JSON.stringify(envelope(narrowToken)));
    expect(r).toMatchObject({ ok: true, kinds: ['token-details'] });
    expect(ids(r)).toEqual([narrowToken.id]);
  });

  it('a List Tokens reply, and several pages one after another or in an array', () => {
    const page1 = listPage([narrowToken, mintingToken], 1, 2, 3);
    const page2 = listPage([expiredToken], 2, 2, 3);
    expect(ids(read(JSON.stringify(page1)))).toEqual([narrowToken.id, mintingToken.id]);
    const concatenated = read(`${JSON.stringify(page1, null, 2)}\n${JSON.stringify(page2)}\n`);
    expect(concatenated).toMatchObject({ ok: true, kinds: ['token-list'] });
    expect(ids(concatenated)).toEqual([narrowToken.id, mintingToken.id, expiredToken.id]);
    expect(ids(read(JSON.stringify([page1, page2])))).toEqual([narrowToken.id, mintingToken.id, expiredToken.id]);
  });

  it('a page saved twice lists its tokens once', () => {
    const page = JSON.stringify(listPage([narrowToken], 1, 50, 1));
    expect(ids(read(`${page}${page}`))).toEqual([narrowToken.id]);
  });

  it('a bare token object, and an array of them', () => {
    expect(read(JSON.stringify(narrowToken))).toMatchObject({ ok: true, kinds: ['tokens'] });
    expect(ids(read(JSON.stringify([narrowToken, disabledToken])))).toEqual([narrowToken.id, disabledToken.id]);
  });

  it('terraform show -json output', () => {
    const r = read(JSON.stringify(terraformV4State));
    expect(r).toMatchObject({ ok: true, kinds: ['terraform'] });
    expect(r.ok && 'tokens' in r && r.tokens.map((t) => [t.address, t.owner])).toEqual([['cloudflare_api_token.dns', 'user']]);
  });

  it('a list entry without policies is kept, with its problem', () => {
    const r = read(JSON.stringify(listPage([narrowToken, { id: 'x1', name: 'odd' }], 1, 50, 2)));
    expect(r.ok && 'tokens' in r && r.tokens.map((t) => t.problem)).toEqual([undefined, 'this list entry has no "policies"']);
  });

  it.each([
    ['an API error', { success: false, errors: [{ code: 9109, message: 'Unauthorized' }], messages: [], result: null }, 'it is an API error reply (code 9109), not tokens'],
    ['a verify reply', envelope({ id: 'abc', status: 'active' }), 'it is a verify reply: it says whether a token works, not what it may do; use a List Tokens or Token Details reply'],
    ['an empty list', listPage([], 1, 50, 0), 'it is a List Tokens reply with no tokens in it'],
    ['an empty array', [], 'it is an empty list'],
    ['a zone list', envelope([{ id: 'z', name: 'example.com' }]), 'it is an API reply without tokens in it; expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output'],
    ['a zone', envelope({ id: 'z', name: 'example.com' }), 'it is an API reply without tokens in it; expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output'],
    ['something else', { hello: 'world' }, 'it holds no Cloudflare API token: expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output'],
    ['a number', 42, 'it holds no Cloudflare API token: expected a Token Details or List Tokens reply, token objects (with "policies"), or `terraform show -json` output'],
    ['Terraform without token resources', { format_version: '1.0', values: { root_module: { resources: [] } } }, 'it is `terraform show -json` output without a cloudflare_api_token or cloudflare_account_token resource'],
    ['Terraform without values', { format_version: '1.0' }, 'it is `terraform show -json` output without values (show a state, or a plan saved with -out)'],
  ])('says what the JSON is instead: %s', (_, json, error) => {
    expect(read(JSON.stringify(json))).toEqual({ ok: false, error });
  });

  it('names the document that is wrong when there are several', () => {
    const page = JSON.stringify(listPage([narrowToken], 1, 50, 2));
    expect(read(`${page}\n{"hello":1}`)).toEqual({ ok: false, error: expect.stringMatching(/\(JSON document 2 of 2\)$/) });
  });
});
