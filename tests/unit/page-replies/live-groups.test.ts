import { describe, expect, it } from 'vitest';
import { lookupPermission } from '../../../lib/catalog/lookup';
import { liveGroupInfo, scopeOfGroup, withLiveGroups } from '../../../lib/page-replies/live-groups';
import type { PickedGroup } from '../../../lib/page-replies/pick';

const g = (name: string, scope = 'com.cloudflare.api.account', id = 'f00df00df00df00df00df00df00df00d'): PickedGroup => ({ id, name, scopes: [scope] });

describe('live permission groups', () => {
  it.each([
    ['com.cloudflare.api.account', 'account'],
    ['com.cloudflare.api.account.zone', 'zone'],
    ['com.cloudflare.api.user', 'user'],
    ['com.cloudflare.edge.r2.bucket', 'r2_bucket'],
    ['com.cloudflare.api.account.flagship.app', 'account'],
    ['com.cloudflare.other', undefined],
  ])('scope %s → %s', (scope, expected) => {
    expect(scopeOfGroup(g('X Read', scope))).toBe(expected);
  });

  it.each([
    ['Quantum Widgets Read', 'low', 'read'],
    ['Quantum Widgets Write', 'medium', 'write'],
    ['Quantum Widgets Edit', 'medium', 'write'],
    ['Quantum Widgets Run', 'medium', 'run'],
    ['Quantum Widgets Revoke', 'medium', 'revoke'],
    ['Quantum Widgets Admin', 'high', 'admin'],
    ['Quantum Widgets', 'medium', 'other'],
  ])('%s is rated %s from its words, marked not reviewed', (name, risk, level) => {
    const info = liveGroupInfo(g(name));
    expect(info).toMatchObject({ known: true, risk, level, name, scope: 'account', review: true });
    expect(info.riskReason).toMatch(/^Not reviewed by Token Lens/);
  });

  it('answers only where the catalog does not know the group', () => {
    const live = new Map([['f00df00df00df00df00df00df00df00d', g('Quantum Widgets Write')], ['4755a26eedb94da69e1066d98aa820be', g('Renamed DNS Write', 'com.cloudflare.api.account.zone', '4755a26eedb94da69e1066d98aa820be')]]);
    const lookup = withLiveGroups(lookupPermission, () => live);
    expect(lookup('Quantum Widgets Edit')).toMatchObject({ id: 'f00df00df00df00df00df00df00df00d', label: 'Quantum Widgets Edit', review: true });
    expect(lookup('f00df00df00df00df00df00df00df00d')).toMatchObject({ name: 'Quantum Widgets Write' });
    expect(lookup('4755a26eedb94da69e1066d98aa820be')).toMatchObject({ known: true, name: 'DNS Write' }); // the catalog's own
    expect(lookup('Something Else Read').known).toBe(false);
    expect(withLiveGroups(lookupPermission, () => new Map())('Quantum Widgets Edit').known).toBe(false);
  });
});
