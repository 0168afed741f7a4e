import { describe, expect, it } from 'vitest';
import { readAccountBuilder } from '../../../lib/dashboard/read-account-builder';
import { load, servedAt } from './load';
import { rowNames, stripHooks, withoutRefs } from './helpers';

const ACCOUNT = '0123456789abcdef0123456789abcdef';
const FILE = 'account-builder.html';
const grants = (...names: string[]) => names.map((name) => ({ ref: 'r', name }));

describe('account-token builder', () => {
  it('reads policies, checked levels, scope, expiration and IP filter (8.D)', () => {
    const reading = readAccountBuilder(load(FILE), servedAt(FILE));
    expect(withoutRefs(reading.model)).toEqual({
      name: 'brave-otter-4821', owner: 'account', source: 'account-builder',
      policies: [
        {
          effect: 'allow', exclude: [],
          // Collapsed categories count too: the rows are in the page, just folded.
          permissions: grants('Account Settings Read', 'Workers Scripts Read', 'Workers Scripts Edit', 'Access: Apps and Policies Edit'),
          include: [{ type: 'account', id: ACCOUNT, label: 'Entire Account' }, { type: 'account-zones', accountId: ACCOUNT, label: 'Entire Account' }],
        },
        {
          effect: 'allow', exclude: [], permissions: grants('DNS Edit', 'Zone Read'),
          include: [{ type: 'account-zones', accountId: ACCOUNT, label: 'All Domains' }],
        },
      ],
      ipFilter: { in: ['192.0.2.0/24'], notIn: [] },
      ttl: { expiresOn: '2026-12-31T00:00:00Z' },
    });
    expect(reading.rows.every((r) => r.element.localName === 'li')).toBe(true);
    expect(Object.keys(reading.sections).sort()).toEqual(['ip-filter', 'permissions', 'ttl']);
  });

  it('reads the same without class or data-* attributes', () => {
    const doc = load(FILE);
    stripHooks(doc);
    expect(withoutRefs(readAccountBuilder(doc, servedAt(FILE)).model)).toEqual(withoutRefs(readAccountBuilder(load(FILE), servedAt(FILE)).model));
  });

  it('follows a ticked checkbox and keeps the refs of the other rows', () => {
    const doc = load(FILE);
    const first = readAccountBuilder(doc, servedAt(FILE));
    const billing = [...doc.querySelectorAll('li')].find((li) => li.textContent?.includes('Billing'))!;
    billing.querySelector('[aria-label="Edit"]')!.setAttribute('aria-checked', 'true');
    const second = readAccountBuilder(doc, servedAt(FILE));
    expect(rowNames(second)).toContain('Billing Edit|');
    const kept = second.rows.filter((r) => r.grant.name !== 'Billing Edit').map((r) => r.ref);
    expect(kept).toEqual(first.rows.map((r) => r.ref));
  });

  it.each<[string, string, string[]]>([
    ['no checks: no policy', '<ul><li><span>DNS</span><span role="checkbox" aria-checked="false" aria-label="Edit"></span></li></ul>', []],
    ['rows before any scope selector', '<ul><li><span>Zone</span><span role="checkbox" aria-checked="true" aria-label="Read"></span></li></ul>', ['Zone Read']],
    ['a switch and other level words', '<button role="combobox">All Domains</button><ul><li>Cache Purge <span role="switch" aria-checked="true">Purge</span></li></ul>', ['Cache Purge']],
    ['our own note inside the row is ignored', '<ul><li><span>DNS</span><span data-token-lens="permission">Billing</span><span role="checkbox" aria-checked="true" aria-label="Edit"></span></li></ul>', ['DNS Edit']],
  ])('%s', (_, html, names) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body><main>${html}</main></body>`, 'text/html');
    const model = readAccountBuilder(doc, servedAt(FILE)).model!;
    expect(model.policies.flatMap((p) => p.permissions.map((g) => g.name))).toEqual(names);
    expect(model.ttl).toBeUndefined();
    expect(model.ipFilter).toBeUndefined();
  });
});
