import { describe, expect, it } from 'vitest';
import { readClassicForm } from '../../../lib/dashboard/read-classic-form';
import { readPage } from '../../../lib/dashboard/read-page';
import { load, servedAt } from './load';
import { rowNames, stripHooks, withoutRefs } from './helpers';

const allow = (permissions: [string, string][], include: unknown[], exclude: unknown[] = []) => ({
  effect: 'allow',
  permissions: permissions.map(([name, scope]) => ({ ref: 'r', name, scope })),
  include,
  exclude,
});
const ALL_ACCOUNTS = { type: 'account', id: '*' };
const ALL_ZONES = { type: 'zone', id: '*' };
const zone = (id: string) => ({ type: 'zone', id, label: id });
const NO_IP = { in: [], notIn: [] };

describe('classic form replicas → model', () => {
  it.each<[string, object]>([
    ['classic-form.html', {
      source: 'classic-form', owner: 'user', name: 'CI deploy', ipFilter: NO_IP, ttl: {},
      policies: [
        allow([['Workers Scripts Edit', 'account']], [ALL_ACCOUNTS]),
        allow([['DNS Edit', 'zone'], ['Zone Read', 'zone']], [ALL_ZONES], [zone('staging.example.com')]),
      ],
    }],
    ['classic-form-v5.html', {
      source: 'classic-form', owner: 'user', name: 'Terraform DNS',
      ipFilter: { in: ['192.0.2.0/24', '198.51.100.7'], notIn: ['192.0.2.13'] },
      ttl: { notBefore: '2026-01-15T00:00:00Z', expiresOn: '2026-12-31T00:00:00Z' },
      policies: [
        allow([['Account Settings Read', 'account']], [{ type: 'account', id: 'Example Account', label: 'Example Account' }]),
        allow([['DNS Write', 'zone'], ['Zone Read', 'zone'], ['Cache Purge', 'zone']],
          [{ type: 'account-zones', accountId: 'Example Account', label: 'Example Account' }], [zone('legacy.example.com')]),
        allow([['User Details Read', 'user']], [{ type: 'user', id: 'self', label: 'You' }]),
      ],
    }],
    ['template-form.html', {
      source: 'classic-form', owner: 'user', name: 'Edit zone DNS', ipFilter: NO_IP, ttl: {},
      // "Specific zone" with no zone picked yet: the page doesn't say which zones.
      policies: [allow([['DNS Edit', 'zone']], [])],
    }],
    ['classic-form-hostile.html', {
      source: 'classic-form', owner: 'user', name: '"><script>alert(1)</script>', ipFilter: NO_IP, ttl: {},
      policies: [allow([['<img src=x onerror=alert(1)> Edit', 'zone'], ['DNS <b>Edit</b>', 'zone']], [zone('<svg onload=alert(1)>')])],
    }],
    // Markup we have not seen, guessed in other shapes (see each file's header).
    ['classic-form-kumo.html', {
      // Base UI's hidden raw-value inputs ("zone", "account") are not fields; "Select scope" is a placeholder.
      source: 'classic-form', owner: 'user', name: 'Kumo form',
      policies: [
        allow([['Workers Scripts Edit', 'account']], [ALL_ACCOUNTS]),
        allow([['DNS Edit', 'zone'], ['Zone Read', 'zone']], [{ type: 'account-zones', accountId: 'Example Account', label: 'Example Account' }], [zone('staging.example.com')]),
      ],
    }],
    ['classic-form-kumo-labelled.html', {
      // An empty trigger is an empty row, not its label "Permission group".
      source: 'classic-form', owner: 'user', name: 'Kumo labelled',
      policies: [allow([['Account Settings Read', 'account']], [ALL_ACCOUNTS]), allow([['DNS Edit', 'zone'], ['Zone Read', 'zone']], [ALL_ZONES])],
    }],
    ['classic-form-table.html', {
      // Section titles are fieldset legends; rows are table rows.
      source: 'classic-form', owner: 'user', name: 'Table form',
      policies: [
        allow([['Account Settings Read', 'account']], [{ type: 'account', id: 'Example Account', label: 'Example Account' }]),
        allow([['DNS Edit', 'zone'], ['Zone Settings Read', 'zone']], [zone('example.com'), zone('example.net')]),
        allow([['User Details Read', 'user']], [{ type: 'user', id: 'self', label: 'You' }]),
      ],
    }],
  ])('%s', (file, expected) => {
    const reading = readClassicForm(load(file), servedAt(file));
    expect(reading.step).toBe('classic-form');
    expect(withoutRefs(reading.model)).toEqual(expected);
    // Every chosen row's grant is in the model, under the same ref (an empty row is not).
    expect(new Set(reading.rows.filter((r) => r.grant.name).map((r) => r.ref))).toEqual(new Set(reading.model!.policies.flatMap((p) => p.permissions.map((g) => g.ref))));
  });

  it('gives each row the element that holds its three dropdowns and its ✕', () => {
    const reading = readClassicForm(load('classic-form-v5.html'), servedAt('classic-form-v5.html'));
    expect(rowNames(reading)).toEqual(['DNS Write|zone', 'Zone Read|zone', 'Account Settings Read|account', 'User Details Read|user', 'Cache Purge|zone']);
    for (const row of reading.rows) {
      expect(row.element.querySelectorAll('input[role="combobox"]')).toHaveLength(3);
      expect(row.element.querySelector('button')!.textContent).toBe('✕');
    }
  });

  it.each([
    ['classic-form-kumo.html', ['Workers Scripts Edit|account', 'DNS Edit|zone', 'Zone Read|zone', '|']],
    ['classic-form-kumo-labelled.html', ['DNS Edit|zone', 'Zone Read|zone', 'Account Settings Read|account', '|']],
    ['classic-form-table.html', ['DNS Edit|zone', 'Zone Settings Read|zone', 'Account Settings Read|account', 'User Details Read|user']],
  ])('%s: one reading per permission row, an empty one included', (file, rows) => {
    expect(rowNames(readClassicForm(load(file), servedAt(file)))).toEqual(rows);
  });

  it('names the sections by their headings', () => {
    const reading = readClassicForm(load('classic-form.html'), servedAt('classic-form.html'));
    const texts = Object.fromEntries(Object.entries(reading.sections).map(([k, el]) => [k, el!.textContent]));
    expect(texts).toEqual({
      permissions: 'Permissions', 'account-resources': 'Account Resources', 'zone-resources': 'Zone Resources',
      'ip-filter': 'Client IP Address Filtering', ttl: 'TTL', token: 'Create Custom Token',
    });
  });
});

describe('pre-filled link with empty-looking dropdowns', () => {
  const file = 'classic-form-prefilled.html';

  it('takes the permissions from the URL and pairs them with the rows in link order', () => {
    const reading = readClassicForm(load(file), servedAt(file));
    expect(rowNames(reading)).toEqual(['Zone Read|zone', 'DNS Write|zone', 'Cloudflare Tunnel Write|account']);
    expect(reading.rows.every((r) => r.grant.id?.length === 32)).toBe(true);
    expect(withoutRefs(reading.model)).toMatchObject({
      name: 'Cloudflare Tunnel Ingress Controller', ipFilter: NO_IP, ttl: {},
      policies: [
        { include: [ALL_ACCOUNTS], permissions: [{ name: 'Cloudflare Tunnel Write' }] },
        { include: [ALL_ZONES], permissions: [{ name: 'Zone Read' }, { name: 'DNS Write' }] },
      ],
    });
  });

  it('keeps the link model but pairs no rows when the counts differ', () => {
    const doc = load(file);
    doc.querySelectorAll('[data-rp="perm-row"]')[2].remove();
    const reading = readClassicForm(doc, servedAt(file));
    expect(reading.rows).toEqual([]);
    expect(reading.model!.policies.flatMap((p) => p.permissions.map((g) => g.name))).toEqual(['Cloudflare Tunnel Write', 'Zone Read', 'DNS Write']);
  });

  it('without keys in the URL, empty dropdowns are rows with nothing chosen, and grant nothing', () => {
    const reading = readClassicForm(load(file), new URL('https://dash.cloudflare.com/profile/api-tokens/create'));
    expect(rowNames(reading)).toEqual(['|', '|', '|']);
    expect(reading.model!.policies).toEqual([]);
  });
});

describe('robustness', () => {
  it.each(['classic-form.html', 'classic-form-v5.html', 'classic-form-prefilled.html', 'template-form.html', 'classic-form-kumo.html', 'classic-form-kumo-labelled.html', 'classic-form-table.html'])(
    '%s reads the same without any class or data-* attribute', (file) => {
      const plain = load(file);
      stripHooks(plain);
      expect(withoutRefs(readClassicForm(plain, servedAt(file)).model)).toEqual(withoutRefs(readClassicForm(load(file), servedAt(file)).model));
    });

  it('skips our own injected elements', () => {
    const doc = load('classic-form.html');
    const before = withoutRefs(readClassicForm(doc, servedAt('classic-form.html')).model);
    for (const row of doc.querySelectorAll('[data-rp="perm-row"]')) {
      row.insertAdjacentHTML('afterend', '<div data-token-lens="permission"><span role="combobox">Zone</span><span>Billing Edit</span><button aria-label="Remove">✕</button></div>');
      row.insertAdjacentHTML('beforeend', '<span data-token-lens="badge">critical</span>');
    }
    doc.body.insertAdjacentHTML('afterbegin', '<div data-token-lens="summary"><h3>Permissions</h3><input role="combobox"></div>');
    expect(withoutRefs(readClassicForm(doc, servedAt('classic-form.html')).model)).toEqual(before);
  });

  it('reads a hostile label as plain text and creates no element from it', () => {
    const doc = load('classic-form-hostile.html');
    const reading = readPage(doc, servedAt('classic-form-hostile.html'));
    expect(reading.rows[0].grant.name).toBe('<img src=x onerror=alert(1)> Edit');
    expect(doc.querySelector('img,[onerror],[onload]')).toBeNull();
  });
});

describe('refs', () => {
  it('stay the same across re-reads and mutations of other rows; a new row gets a new one', () => {
    const doc = load('classic-form-live.html');
    const url = servedAt('classic-form-live.html');
    const first = readClassicForm(doc, url);
    expect(readClassicForm(doc, url).rows.map((r) => r.ref)).toEqual(first.rows.map((r) => r.ref));

    const rows = [...doc.querySelectorAll('[data-rp="perm-row"]')];
    rows[1].querySelector('[data-kind="level"] .Select-value-label')!.textContent = 'Edit';
    rows[0].remove();
    rows[3].after(rows[3].cloneNode(true));
    const second = readClassicForm(doc, url);
    expect(second.rows.map((r) => r.ref).slice(0, 3)).toEqual(first.rows.slice(1).map((r) => r.ref));
    expect(second.rows[0].grant.name).toBe('Zone Edit');
    expect(first.rows.map((r) => r.ref)).not.toContain(second.rows[3].ref);
    expect(second.rows).toHaveLength(4);
  });
});
