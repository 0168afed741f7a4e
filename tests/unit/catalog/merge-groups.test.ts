import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, keyFromLabel, levelFromName, mergeGroups, parseReply } from '../../../scripts/lib/merge-groups.mjs';
import type { Group } from '../../../scripts/lib/merge-groups.mjs';

const ZONE = 'com.cloudflare.api.account.zone';
const dns: Group = { id: '4755a26eedb94da69e1066d98aa820be', name: 'DNS Write', label: 'DNS Edit', scope: 'zone', level: 'write', aliases: [] };
const tunnel: Group = { id: 'c07321b023e944ff818fec44d8203567', name: 'Argo Tunnel Write', label: 'Argo Tunnel Edit', scope: 'account', level: 'write', aliases: [] };
const NEW_ID = 'abcdefabcdefabcdefabcdefabcdef12';

describe('parseReply', () => {
  it.each<[string, unknown, RegExp | number]>([
    ['envelope', { success: true, result: [{ id: dns.id, name: 'DNS Write', scopes: [ZONE] }] }, 1],
    ['bare array', [{ id: dns.id, name: 'DNS Write', scopes: [ZONE], label: 'dns_write' }], 1],
    ['error reply', { success: false, errors: [{ code: 9109 }], result: null }, /error reply/],
    ['not a list', { result: 'nope' }, /expected/],
    ['empty list', { result: [] }, /no permission groups/],
    ['bad id', [{ id: 'xyz', name: 'A', scopes: [] }], /32 hex/],
    ['no name', [{ id: dns.id, scopes: [ZONE] }], /missing name/],
    ['bad scopes', [{ id: dns.id, name: 'DNS Write', scopes: 'zone' }], /scopes/],
  ])('%s', (_n, json, expected) => {
    const r = parseReply(json);
    if (typeof expected === 'number') expect(r.ok && r.items.length).toBe(expected);
    else expect(!r.ok && r.error).toMatch(expected);
  });
});

describe('keyFromLabel and levelFromName', () => {
  it.each<[string, { key: string; keyType: string } | undefined]>([
    ['dns_write', { key: 'dns', keyType: 'edit' }],
    ['cache_purge', { key: 'cache', keyType: 'purge' }],
    ['access_acct_revoke', { key: 'access_acct', keyType: 'revoke' }],
    ['teams_report', { key: 'teams', keyType: 'report' }],
    ['teams_dex', undefined],
    ['zaraz_edit', undefined],
  ])('%s', (label, expected) => expect(keyFromLabel(label)).toEqual(expected));

  it.each([['DNS Write', 'write'], ['Foo Edit', 'write'], ['Foo Read', 'read'], ['Cache Purge', 'purge'], ['Realtime', 'other']])(
    '%s -> %s', (name, level) => expect(levelFromName(name)).toBe(level));
});

describe('mergeGroups', () => {
  it('adds new groups for review, renames, fills keys and counts the rest', () => {
    const r = mergeGroups([dns, tunnel], [
      { id: dns.id, name: 'DNS Write', scopes: [ZONE] },
      { id: tunnel.id, name: 'Cloudflare Tunnel Write', scopes: ['com.cloudflare.api.account'], label: 'argotunnel_write' },
      { id: NEW_ID, name: 'Quantum Widgets Edit', scopes: [ZONE], label: 'quantum_widgets_write' },
      { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', name: 'Odd', scopes: ['com.example.planet'] },
    ]);
    expect(r.unchanged).toBe(1);
    expect(r.added).toEqual([{ id: NEW_ID, name: 'Quantum Widgets Edit', label: 'Quantum Widgets Edit', scope: 'zone', level: 'write', aliases: [], key: 'quantum_widgets', keyType: 'edit', review: true }]);
    expect(r.renamed).toEqual([{ id: tunnel.id, from: 'Argo Tunnel Write', to: 'Cloudflare Tunnel Write' }]);
    expect(r.groups[1]).toMatchObject({ name: 'Cloudflare Tunnel Write', label: 'Cloudflare Tunnel Edit', key: 'argotunnel', keyType: 'edit' });
    expect(r.groups[1].aliases).toEqual(['Argo Tunnel Write', 'Argo Tunnel Edit']);
    expect(r.skipped).toHaveLength(1);
    expect(r.groups).toHaveLength(3);
    expect(formatReport(r)).toMatch(/added: 1, renamed: 1, keys filled: 1, unchanged: 1, skipped: 1/);
  });

  it('keeps groups the reply does not list and does not change its input', () => {
    const input = [dns, tunnel];
    const r = mergeGroups(input, [{ id: dns.id, name: 'DNS Write', scopes: [ZONE] }]);
    expect(r.groups).toEqual(input);
    expect(r.missing).toBe(1);
    expect(input[1].name).toBe('Argo Tunnel Write');
  });
});

describe('the catalog:refresh command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-refresh-'));
  const target = join(dir, 'groups.json');
  const run = (reply: unknown) => {
    writeFileSync(target, JSON.stringify([dns]));
    writeFileSync(join(dir, 'reply.json'), typeof reply === 'string' ? reply : JSON.stringify(reply));
    try {
      const out = execFileSync('node', ['scripts/catalog-refresh.mjs', join(dir, 'reply.json')], {
        env: { ...process.env, TOKEN_LENS_GROUPS: target }, encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, out };
    } catch (e) {
      const err = e as { status: number; stderr: string };
      return { code: err.status, out: err.stderr };
    }
  };

  it('writes the merged groups and prints the changes', () => {
    const r = run({ result: [{ id: NEW_ID, name: 'Quantum Widgets Read', scopes: [ZONE] }] });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/added: 1/);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveLength(2);
  });

  it.each([['not JSON', '{oops'], ['wrong shape', { result: { id: 1 } }]])('%s: exit 1, nothing written', (_n, reply) => {
    const r = run(reply);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/catalog:refresh:/);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual([dns]);
  });
});
