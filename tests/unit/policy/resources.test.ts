import { describe, expect, it } from 'vitest';
import { parseResources } from '../../../lib/policy/resources';
import { dateOf, ipFilterOf } from '../../../lib/policy/conditions';

const A = '01a7362d577a6c3019a474fd6f485823';

describe('parseResources', () => {
  it.each([
    [{ [`com.cloudflare.api.account.${A}`]: '*' }, [{ type: 'account', id: A }]],
    [{ 'com.cloudflare.api.account.*': '*' }, [{ type: 'account', id: '*' }]],
    [{ 'com.cloudflare.api.account.zone.*': '*' }, [{ type: 'zone', id: '*' }]],
    [{ 'com.cloudflare.api.account.zone.z1': '*', 'com.cloudflare.api.account.zone.z2': '*' }, [{ type: 'zone', id: 'z1' }, { type: 'zone', id: 'z2' }]],
    [{ [`com.cloudflare.api.account.${A}`]: { 'com.cloudflare.api.account.zone.*': '*' } }, [{ type: 'account-zones', accountId: A }]],
    [{ 'com.cloudflare.api.account.*': { 'com.cloudflare.api.account.zone.*': '*' } }, [{ type: 'account-zones', accountId: '*' }]],
    [{ [`com.cloudflare.api.account.${A}`]: { 'com.cloudflare.api.account.zone.z1': '*' } }, [{ type: 'zone', id: 'z1' }]],
    [{ [`com.cloudflare.api.account.${A}`]: { 'com.cloudflare.edge.r2.bucket.*': '*' } }, [{ type: 'r2-bucket', id: '*', accountId: A }]],
    [{ [`com.cloudflare.edge.r2.bucket.${A}_default_logs`]: '*' }, [{ type: 'r2-bucket', id: 'logs', accountId: A, label: 'logs' }]],
    [{ 'com.cloudflare.edge.r2.bucket.odd': '*' }, [{ type: 'r2-bucket', id: 'odd' }]],
    [{ 'com.cloudflare.api.user.u1': '*' }, [{ type: 'user', id: 'u1' }]],
    [{ 'com.example.thing': '*' }, [{ type: 'other', key: 'com.example.thing' }]],
    [{ 'com.example.thing': { x: '*' } }, [{ type: 'other', key: 'com.example.thing' }]],
    [{ [`com.cloudflare.api.account.${A}`]: { 'com.example.inner': '*' } }, [{ type: 'other', key: `com.cloudflare.api.account.${A} > com.example.inner` }]],
    [{}, []],
  ])('%j', (raw, expected) => {
    expect(parseResources(raw, 'Policy 1')).toEqual({ ok: true, value: expected });
  });

  it.each([null, [], 'x', { k: 1 }, { k: null }])('refuses %j', (raw) => {
    expect(parseResources(raw, 'Policy 1').ok).toBe(false);
  });
});

describe('ipFilterOf and dateOf', () => {
  it.each([
    [undefined, { in: [], notIn: [] }],
    [{}, { in: [], notIn: [] }],
    [{ request_ip: { in: ['192.0.2.1/32'] } }, { in: ['192.0.2.1/32'], notIn: [] }],
    [{ 'request.ip': { not_in: ['2001:db8::1'] } }, { in: [], notIn: ['2001:db8::1'] }],
    [{ request_ip: null }, { in: [], notIn: [] }],
  ])('%j', (raw, expected) => expect(ipFilterOf(raw)).toEqual(expected));

  it('does not echo a bad entry back', () => {
    const error = ipFilterOf({ request_ip: { in: ['192.0.2.1', 'cfut_secretlookingthing'] } });
    expect(error).toMatch(/number 2/);
    expect(error).not.toContain('cfut_');
  });

  it.each([
    [undefined, {}], [null, {}], ['', {}],
    ['2026-04-10T00:00:00Z', { date: '2026-04-10T00:00:00Z' }],
    ['2026-04-10T00:00:00.123Z', { date: '2026-04-10T00:00:00.123Z' }],
    ['2026-04-10T02:00:00+02:00', { date: '2026-04-10T00:00:00Z' }],
  ])('date %j', (raw, expected) => expect(dateOf(raw, 'end date')).toEqual(expected));
});
