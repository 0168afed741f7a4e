// A token opened for editing starts from its Token Details reply; the form's own reading follows the edits.
import { describe, expect, it } from 'vitest';
import { createEditStart } from '../../../lib/dashboard/annotate/edit-start';
import type { PageReading } from '../../../lib/dashboard/types';
import type { PickedToken } from '../../../lib/page-replies/pick';
import type { TokenModel } from '../../../lib/policy/model';

const T = 'a1000000000000000000000000000001';
const token: PickedToken = {
  id: T, name: 'CI', status: 'active', issued_on: '2026-01-01T00:00:00Z', last_used_on: '2026-02-01T00:00:00Z', expires_on: '2026-09-01T00:00:00Z',
  policies: [{ effect: 'allow', permission_groups: [{ id: '686d18d5ac6c441c867cbf6771e58a0a', name: 'API Tokens Write' }], resources: { 'com.cloudflare.api.user.abc1': '*' } }],
  condition: { request_ip: { in: ['192.0.2.0/24'] } },
};
const dom = (over: Partial<TokenModel> = {}): TokenModel => ({ name: 'CI', owner: 'user', source: 'classic-form', policies: [], ipFilter: { in: [], notIn: [] }, ttl: {}, ...over });
const reading = (model: TokenModel, unread?: PageReading['unread']): PageReading => ({ step: 'classic-form', rows: [], sections: {}, templates: [], tokens: [], model, ...(unread ? { unread } : {}) });
const zoneRead = [{ effect: 'allow' as const, permissions: [{ ref: 'row-1', name: 'Zone Read' }], include: [], exclude: [] }];

describe('edit start', () => {
  it('a form with no readable permission starts from the reply, its unread rows no longer counted', () => {
    const out = createEditStart()(reading(dom(), { fields: [], rows: 2 }), token);
    expect(out.model?.policies[0].permissions.map((g) => g.name)).toEqual(['API Tokens Write']);
    expect(out.model).toMatchObject({ id: T, status: 'active', issuedOn: '2026-01-01T00:00:00Z', lastUsedOn: '2026-02-01T00:00:00Z' });
    expect(out.unread).toBeUndefined();
  });

  it('what the form shows counts: its permissions, IP filter and dates', () => {
    const out = createEditStart()(reading(dom({ policies: zoneRead, ttl: { expiresOn: '2026-12-01T00:00:00Z' } })), token);
    expect(out.model?.policies).toEqual(zoneRead);
    expect(out.model?.ipFilter).toEqual({ in: [], notIn: [] });
    expect(out.model?.ttl).toEqual({ expiresOn: '2026-12-01T00:00:00Z' });
  });

  it('the IP filter and dates come from the reply where the form has none or can\'t read them', () => {
    const out = createEditStart()(reading(dom({ policies: zoneRead, ipFilter: undefined }), { fields: ['ttl'], rows: 0 }), token);
    expect(out.model?.ipFilter).toEqual({ in: ['192.0.2.0/24'], notIn: [] });
    expect(out.model?.ttl).toEqual({ expiresOn: '2026-09-01T00:00:00Z' });
    expect(out.unread).toBeUndefined();
  });

  it('once the form has shown permissions, removing them all does not bring the reply back', () => {
    const start = createEditStart();
    start(reading(dom({ policies: zoneRead })), token);
    expect(start(reading(dom()), token).model?.policies).toEqual([]);
  });

  it('no reply, or a reply without policies: the form alone', () => {
    const r = reading(dom());
    expect(createEditStart()(r, undefined)).toBe(r);
    const { policies: _p, ...bare } = token;
    expect(createEditStart()(reading(dom()), bare).model?.policies).toEqual([]);
  });
});
