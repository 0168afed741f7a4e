// The readers on pages rendered by the real component libraries (Kumo 2.14 on Base UI, and
// react-select 5), as React left them (tests/fixtures/real/snapshots), and on the same pages
// changed the way a user or another version might change them. An unread part is never empty.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/dashboard/read-page';
import type { PageReading } from '../../../lib/dashboard/types';
import { loadReal, realUrl } from './real-load';

const names = (r: PageReading) => r.rows.map((x) => x.grant.name);
const CLASSIC = ['classic-form-kumo-select.html', 'classic-form-kumo-combobox.html', 'classic-form-react-select.html'];
const DATES = { notBefore: '2026-12-10T00:00:00Z', expiresOn: '2026-12-20T00:00:00Z' };

describe('classic form from Kumo Select, Kumo Combobox (typed input) and react-select', () => {
  it.each(CLASSIC)('%s: three rows, the IP chip, both dates, nothing unread', (file) => {
    const r = readPage(loadReal(file), realUrl(file));
    expect(r.step).toBe('classic-form');
    expect(names(r)).toEqual(['Workers Scripts Edit', 'DNS Edit', 'Zone Read']);
    expect(r.model).toMatchObject({ ipFilter: { in: ['192.0.2.0/24'], notIn: [] }, ttl: DATES });
    expect(r.unread).toBeUndefined();
  });

  it.each(CLASSIC.map((f) => f.replace('.html', '--rows-empty.html')))('%s: an empty row, no filter, no dates, all of it read', (file) => {
    const r = readPage(loadReal(file), realUrl(file));
    expect(names(r)).toEqual(['']);
    expect(r.model).toMatchObject({ ipFilter: { in: [], notIn: [] }, ttl: {} });
    expect(r.unread).toBeUndefined();
  });

  it('a Combobox row: the input, its clear and "Show options" buttons are one control, and the note goes after the whole row', () => {
    const doc = loadReal('classic-form-kumo-combobox.html');
    const r = readPage(doc, realUrl('classic-form-kumo-combobox.html'));
    const row = r.rows[0].element;
    // The row holds all four controls and the remove button; no control holds the row.
    expect(row.querySelectorAll('[role="combobox"]')).toHaveLength(3);
    expect(row.querySelector('[aria-label="Remove"]')).not.toBeNull();
    expect(row.closest('[role="combobox"]')).toBeNull();
  });

  it.each<[string, (doc: Document) => void, Partial<PageReading['unread']>]>([
    ['a date shown in a form we cannot read', (doc) => setText(doc, 'Dec 10, 2026 → Dec 20, 2026', '10. Dez. 2026 → 20. Dez. 2026'), { fields: ['ttl'], rows: 0 }],
    ['an IP section whose controls are gone', (doc) => removeAll(doc, 'Client IP Address Filtering'), { fields: ['ip-filter'], rows: 0 }],
    ['a zone section whose controls are gone', (doc) => removeAll(doc, 'Zone Resources'), { fields: ['zone-resources'], rows: 0 }],
    ['a group we cannot see, with a level chosen', (doc) => ((doc.querySelector('input[aria-label="Permission group"]') as HTMLInputElement).value = ''), { fields: [], rows: 1 }],
  ])('Kumo Combobox form, %s: unread, and no finding from it', (_, change, unread) => {
    const file = 'classic-form-kumo-combobox.html';
    const doc = loadReal(file);
    change(doc);
    const r = readPage(doc, realUrl(file));
    expect(r.unread).toEqual(unread);
    if (unread?.fields?.includes('ttl')) expect(r.model?.ttl).toBeUndefined();
    if (unread?.fields?.includes('ip-filter')) expect(r.model?.ipFilter).toBeUndefined();
  });
});

describe('account-token builder from Kumo', () => {
  it('Checkbox, Checkbox.Group with its legend, Switch and Table.CheckCell levels; dates in a DatePicker; a TagInput chip', () => {
    const r = readPage(loadReal('account-builder.html'), realUrl('account-builder.html'));
    expect(r.step).toBe('account-builder');
    expect(names(r).sort()).toEqual(['Account Settings Read', 'DNS Edit', 'Page Rules Edit', 'Workers Scripts Edit', 'Zone Read']);
    expect(r.model).toMatchObject({ ipFilter: { in: ['192.0.2.0/24'], notIn: [] }, ttl: { expiresOn: '2026-12-20T00:00:00Z' } });
    expect(r.unread).toBeUndefined();
  });

  it('expiration "Never" and no address chip: both read, as no end date and no filter', () => {
    const file = 'account-builder--ttl-never-ip-none.html';
    const r = readPage(loadReal(file), realUrl(file));
    expect(r.model).toMatchObject({ ipFilter: { in: [], notIn: [] }, ttl: {} });
    expect(r.unread).toBeUndefined();
  });

  it('"Specific Domains": the zones are the chips of its picker', () => {
    const r = readPage(loadReal('account-builder--zones-specific.html'), realUrl('account-builder--zones-specific.html'));
    const zones = r.model?.policies.flatMap((p) => p.include).filter((x) => x.type === 'zone').map((x) => x.type === 'zone' && x.id);
    expect(zones).toEqual(['example.com', 'example.org']);
  });

  it.each(CLASSIC)('%s with a Base UI popup open: what Base UI marks aria-hidden around it is still read', (file) => {
    const doc = loadReal(file);
    const before = readPage(doc, realUrl(file));
    // As Base UI's markOthers does for an open Select: every sibling of the trigger's ancestors
    // gets aria-hidden="true" and its marker, up to <body>.
    const trigger = doc.querySelector('[aria-label="Operator"],[role="combobox"]')!;
    for (let el: Element | null = trigger; el && el !== doc.body; el = el.parentElement) {
      for (const sib of el.parentElement?.children ?? []) if (sib !== el) sib.setAttribute('aria-hidden', 'true'), sib.setAttribute('data-base-ui-inert', '');
    }
    const during = readPage(doc, realUrl(file));
    expect(names(during)).toEqual(names(before));
    expect(during.model).toEqual(before.model);
  });
});

describe('tokens list as a Kumo Table', () => {
  it.each(['tokens-list.html', 'tokens-list--menu-open.html'])('%s: every token, its status and permissions', (file) => {
    const r = readPage(loadReal(file), realUrl(file));
    expect(r.tokens.map((t) => [t.name, t.status])).toEqual([
      ['Edit zone DNS', 'Active'], ['CI deploy', 'Active'], ['Create Additional Tokens', 'Active'], ['Cache purge', 'Expired'], ['Read analytics and logs', 'Active'],
    ]);
    expect(r.tokens[1].model.policies.flatMap((p) => p.permissions.map((g) => g.name))).toEqual(['Workers Scripts Edit', 'DNS Edit']);
  });
});

function setText(doc: Document, from: string, to: string): void {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue === from) n.nodeValue = to;
}

/** Everything of a section but its heading (a redesign we can't read). */
function removeAll(doc: Document, heading: string): void {
  const h = [...doc.querySelectorAll('h1,h2,h3,h4')].find((x) => x.textContent === heading)!;
  for (const sib of [...h.parentElement!.children]) if (sib !== h) sib.remove();
}
