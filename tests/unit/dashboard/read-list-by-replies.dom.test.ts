// The tokens list found through the dashboard's own reply when the readers recognise nothing.
import { describe, expect, it } from 'vitest';
import { readListByReplies } from '../../../lib/dashboard/read-list-by-replies';
import type { PageTokens } from '../../../lib/page-replies/store';

const LIST = 'https://dash.cloudflare.com/profile/api-tokens';
const A = 'a1000000000000000000000000000001';
const B = 'b2000000000000000000000000000002';
const api = (listed = true): PageTokens => ({ listed, version: 1, byId: new Map([[A, { id: A, name: 'Bereitstellen' }], [B, { id: B, name: 'Sicherung' }]]) });
const page = `<table><thead><tr><th>Token-Name</th><th>Berechtigungen</th></tr></thead><tbody>
  <tr id="r1"><td>Bereitstellen</td><td>Workers:Bearbeiten</td><td><a href="/profile/api-tokens/${A}/edit">Bearbeiten</a></td></tr>
  <tr id="r2"><td>  sicherung </td><td>Zone:Lesen</td></tr>
  <tr id="r3"><td>Fremd</td><td>DNS:Lesen</td></tr>
  <tr id="r4"><td>Umbenannt</td><td></td><td><a href="/profile/api-tokens/${B}/edit">x</a></td></tr>
</tbody></table>`;

describe('readListByReplies', () => {
  it('finds the rows by the tokens they name (ID link or first cell), whatever the language', () => {
    document.body.innerHTML = page;
    const r = readListByReplies(document, LIST, api())!;
    expect(r.step).toBe('tokens-list');
    expect(r.tokens.map((t) => [t.element.id, t.name, t.id])).toEqual([['r1', 'Bereitstellen', A], ['r2', 'sicherung', undefined], ['r4', 'Umbenannt', B]]);
    expect(r.tokens.every((t) => t.model.policies.length === 0)).toBe(true); // nothing else is read
  });

  it.each([
    ['no reply', null, LIST],
    ['details only, no list', api(false), LIST],
    ['an edit page', api(), `${LIST}/${A}/edit`],
    ['not a list page', api(), 'https://dash.cloudflare.com/profile/api-tokens/create'],
  ])('nothing: %s', (_, tokens, url) => {
    document.body.innerHTML = page;
    expect(readListByReplies(document, url, tokens)).toBeNull();
  });
});
