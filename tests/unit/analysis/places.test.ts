import { describe, expect, it } from 'vitest';
import { placesFor } from '../../../lib/analysis/places';
import { allZones } from '../../../lib/analysis/rules/all-zones';
import { longLived } from '../../../lib/analysis/rules/long-lived';
import { noExpiry } from '../../../lib/analysis/rules/no-expiry';
import { tokenMinting } from '../../../lib/analysis/rules/token-minting';
import type { Rule } from '../../../lib/analysis/types';
import type { TokenModel } from '../../../lib/policy/model';
import { ZONES_ALL, input, model } from './helpers';

const BUILDER = { source: 'account-builder' } as const;

describe('placesFor', () => {
  it.each([
    ['classic-form', 'TTL', /Zone Resources/],
    ['classic-summary', 'TTL', /Zone Resources/],
    ['api', 'TTL', /Zone Resources/],
    ['deep-link', 'TTL', /Zone Resources/],
    ['account-builder', 'Token expiration', /scope selector/],
  ] as const)('%s: the end date is set under %s', (source, ttl, zones) => {
    const places = placesFor({ source });
    expect(places.ttl).toBe(ttl);
    expect(places.narrowZones).toMatch(zones);
  });
});

// Each rule's fix names the place the builder the model came from shows.
describe('fixes name the page the token is built on', () => {
  const cases: [string, Rule, TokenModel, RegExp, RegExp][] = [
    ['no-expiry', noExpiry, model([{ perms: ['DNS Write'] }], { ttl: {}, ...BUILDER }), /Under Token expiration/, /TTL/],
    ['long-lived', longLived, model([{ perms: ['DNS Write'] }], { ttl: { expiresOn: '2030-01-01T00:00:00Z' }, ...BUILDER }), /Under Token expiration/, /TTL/],
    ['all-zones', allZones, model([{ perms: ['DNS Write'], include: [ZONES_ALL] }], BUILDER), /"All Domains"/, /Zone Resources/],
    ['token-minting', tokenMinting, model([{ perms: ['Account API Tokens Write'] }], BUILDER), /Token expiration/, /TTL/],
  ];
  it.each(cases)('%s on the account builder', (_, rule, m, says, never) => {
    const [finding] = rule(input(m));
    expect(finding.fix).toMatch(says);
    expect(finding.fix).not.toMatch(never);
  });
  it.each(cases)('%s on the classic form keeps the classic names', (_, rule, m, says) => {
    const [finding] = rule(input({ ...m, source: 'classic-form' }));
    expect(finding.fix).not.toMatch(says);
  });
});
