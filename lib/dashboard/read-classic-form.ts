// Classic custom / template form → token model (docs/dashboard.md §classic-builder,
// docs/dashboard.md §form-fixture). Test URLs:
// https://dash.cloudflare.com/profile/api-tokens/create (after "Get started" or "Use template");
// fixtures tests/fixtures/dashboard/classic-form*.html, template-form.html.
import type { Grant, Policy, Resource, Scope, TokenModel } from '../policy/model';
import { parseDeepLink } from '../policy/parse-deep-link';
import type { PageReading, RowReading, SectionName } from './types';
import { BUTTONS, COMBOBOXES, HEADINGS, all, before, docOf, fieldName, nameOf, norm, ownUi, textOf } from './dom';
import { findSections, firstAfter, splitList } from './sections';
import { groupRows, holdsOthersIn, isRemoveButton, oneEntryPerControl, sameList, shownValue, type ControlRow, type HoldsOthers } from './widgets';
import { grantOf, permissionRow, type PermissionRow } from './classic-rows';
import type { RowCache } from './row-cache';
import { accountResources, zoneResources, type Resources } from './read-resources';
import { readRestrictions, type Restrictions } from './read-restrictions';
import { readTokenName } from './token-name';
import { ownerOfPage } from './page-owner';

// Text fields the user fills in. Not the visually hidden input a select component keeps its raw
// value in (Base UI: aria-hidden, value "zone" beside the shown "Zone").
const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="search"]):not([role]):not([aria-hidden="true"])';
const END = /^(continue to summary|update token|create token)$/i;
const SELF: Resource = { type: 'user', id: 'self', label: 'You' };

/** What a cached row held and showed: reused while the same dropdowns sit in it. */
export interface CachedRow {
  boxes: readonly Element[];
  row: PermissionRow;
  /** The same reading object each time, so later stages can memoise by identity. */
  reading: RowReading;
}

/** Everything but the permission rows' values: read again only when the page's layout moves. */
interface Layout {
  url: URL;
  rows: ControlRow[];
  /** Dropdowns of the Permissions section in no row. */
  loose: number;
  others: HoldsOthers;
  stop: Set<Node>;
  accounts: Resources;
  zones: Resources;
  unreadResources: SectionName[];
  restrictions: Restrictions;
  name?: string;
  sections: PageReading['sections'];
}

const layouts = new WeakMap<PageReading, Layout>();

/** Two document-order lists as one (the resource sections mix dropdowns and text fields). */
function merge(a: readonly Element[], b: readonly Element[]): Element[] {
  if (!a.length || !b.length) return [...a, ...b];
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(a[i], b[j]) ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}

function readLayout(root: ParentNode, url: URL): Layout {
  const skip = ownUi(root);
  const sections = findSections(root, skip);
  // Three lists in document order, each from one query; no per-element matching.
  const boxes = oneEntryPerControl(all(root, COMBOBOXES, skip));
  const isBox = new Set(boxes);
  const fields = all(root, FIELDS, skip);
  const buttons = all(root, BUTTONS, skip).filter((b) => !isBox.has(b) && (b.localName !== 'a' || b.getAttribute('role') === 'button'));
  // The footer button that ends the form: the first one after the first section heading.
  const removes = new Set<Element>();
  let end: Element | undefined;
  for (let i = sections.length ? firstAfter(buttons, sections[0].heading) : buttons.length; i < buttons.length && !end; i++) {
    if (isRemoveButton(buttons[i])) removes.add(buttons[i]);
    else if (END.test(nameOf(buttons[i]))) end = buttons[i];
  }
  const boxesIn = splitList(boxes, sections, end);
  const fieldsIn = splitList(fields, sections, end);
  const buttonsIn = splitList(buttons, sections, end);
  const section = (name: SectionName) => sections.find((s) => s.name === name);

  // Each section's control values, in page order.
  const valuesOf = (name: 'account-resources' | 'zone-resources') => {
    const s = section(name);
    if (!s) return undefined;
    const own = boxesIn.get(name)!;
    const others = holdsOthersIn(own);
    const mine = new Set(own);
    return merge(own, fieldsIn.get(name)!).map((el) => (mine.has(el) ? shownValue(el, others, s.stop) : [norm((el as HTMLInputElement).value)]));
  };

  const perm = section('permissions');
  const permBoxes = boxesIn.get('permissions') ?? [];
  const accountValues = valuesOf('account-resources');
  const zoneValues = valuesOf('zone-resources');
  const rows = perm ? groupRows(permBoxes, buttonsIn.get('permissions')!.filter((b) => removes.has(b)), perm.stop, 3) : [];
  const title = all(root, HEADINGS, skip).find((h) => /^create( custom)? token$/i.test(textOf(h)));
  return {
    url,
    rows,
    loose: permBoxes.length - rows.reduce((n, r) => n + r.boxes.length, 0),
    others: holdsOthersIn(permBoxes),
    stop: perm?.stop ?? new Set(),
    accounts: accountResources((accountValues ?? []).map((v) => v.join(' '))),
    zones: zoneResources((zoneValues ?? []).map((v) => v.join(' '))),
    // A resource section with no control we know: its resources are not "none chosen".
    unreadResources: ([['account-resources', accountValues], ['zone-resources', zoneValues]] as const).filter(([, v]) => v?.length === 0).map(([name]) => name),
    restrictions: readRestrictions(sections, skip, end),
    name: readTokenName(root, skip),
    sections: Object.fromEntries([...sections.map((s) => [s.name, s.heading]), ...(title ? [['token', title]] : [])]),
  };
}

/**
 * A row's three dropdown values may be cached when reading them stays inside the row: its
 * dropdowns stop climbing below it (it holds more than one) and any placeholder or label they
 * point to (aria-describedby, aria-labelledby) is inside it. Then only a change inside the row
 * can change them.
 */
function cacheable(row: ControlRow): boolean {
  if (row.boxes.length < 2) return false;
  const doc = docOf(row.element);
  return row.boxes.every((b) => {
    const ids = `${b.getAttribute('aria-describedby') ?? ''} ${b.getAttribute('aria-labelledby') ?? ''}`.trim();
    return !ids || ids.split(/\s+/).every((id) => { const el = doc.getElementById(id); return !el || row.element.contains(el); });
  });
}

function readRow(layout: Layout, r: ControlRow, cache?: RowCache<CachedRow>): CachedRow {
  const hit = cache?.get(r.element);
  if (hit && sameList(hit.boxes, r.boxes)) return hit;
  const row = permissionRow(r, layout.others, layout.stop);
  const read: CachedRow = { boxes: r.boxes, row, reading: { ref: row.ref, grant: grantOf(row), element: row.element } };
  if (cache && cacheable(r)) cache.set(r.element, read);
  return read;
}

export function readClassicForm(root: ParentNode, url: URL, cache?: RowCache<CachedRow>): PageReading {
  return assemble(readLayout(root, url), cache);
}

/**
 * readClassicForm in steps: the layout now; then, on a form of more than `atOnce` rows, one row
 * per step (each kept in `cache`); then the reading. Rows read before the steps are dropped stay
 * in the cache.
 */
export function classicFormSteps(root: ParentNode, url: URL, cache: RowCache<CachedRow>, atOnce = 0): Iterator<void, PageReading> {
  const layout = readLayout(root, url);
  return (function* () {
    if (layout.rows.length > atOnce) {
      for (const r of layout.rows) {
        readRow(layout, r, cache);
        yield;
      }
    }
    return assemble(layout, cache);
  })();
}

/**
 * The same form again after changes inside rows only (the caller knows from mutation records):
 * the layout of the last reading, each row from the cache unless it was forgotten.
 */
export function refreshClassicForm(last: PageReading, cache: RowCache<CachedRow>): PageReading | undefined {
  const layout = layouts.get(last);
  return layout && assemble(layout, cache);
}

function assemble(layout: Layout, cache?: RowCache<CachedRow>): PageReading {
  const { url, accounts, zones, restrictions } = layout;
  const read = layout.rows.map((r) => readRow(layout, r, cache));
  const rows = read.map((r) => r.row);
  // Every row gets a reading (a row with nothing chosen has grant.name ''); only chosen ones
  // enter the model.
  let readings: RowReading[] = read.map((r) => r.reading);
  let policies = policiesOf(readings.map((r) => r.grant).filter((g) => g.name), accounts, zones);
  let linked = false;

  // Pre-filled link whose dropdowns look empty (a known dashboard bug): the URL says what's set.
  if (rows.every((row) => !row.group) && url.searchParams.has('permissionGroupKeys')) {
    const link = parseDeepLink(url.href);
    if (link.ok) {
      // Rows follow the link's order; the parser groups by scope, its refs ("key-<n>") keep the order.
      const order = (g: Grant) => Number(/^key-(\d+)$/.exec(g.ref)?.[1] ?? 0);
      const grants = link.value.policies.flatMap((p) => p.permissions).sort((a, b) => order(a) - order(b));
      const paired = grants.length === rows.length;
      linked = true;
      const withRefs = grants.map((g, i) => (paired ? { ...g, ref: rows[i].ref } : g));
      readings = paired ? withRefs.map((grant, i) => ({ ref: grant.ref, grant, element: rows[i].element })) : [];
      const fromLink = (scope: Scope, own: Resources): Resources =>
        own.include.length ? own : { include: link.value.policies.find((p) => p.permissions.some((g) => g.scope === scope))?.include ?? [], exclude: [] };
      policies = policiesOf(withRefs, fromLink('account', accounts), fromLink('zone', zones));
    }
  }

  const model: TokenModel = {
    source: 'classic-form',
    owner: ownerOfPage(url),
    policies,
    ...(restrictions.ipFilter ? { ipFilter: restrictions.ipFilter } : {}),
    ...(restrictions.ttl ? { ttl: restrictions.ttl } : {}),
  };
  if (layout.name) model.name = layout.name;

  // A row showing a level but no permission had one chosen that we could not read (unless the
  // link says what it holds); so had dropdowns of the Permissions section that fit in no row.
  const unreadRows = (linked ? 0 : rows.filter((row) => !row.group && row.level).length) + Math.ceil(layout.loose / 3);
  const reading: PageReading = { step: 'classic-form', model, rows: readings, sections: layout.sections, templates: [], tokens: [] };
  const unreadFields = [...layout.unreadResources, ...restrictions.unread];
  if (unreadRows || unreadFields.length) reading.unread = { fields: unreadFields, rows: unreadRows };
  layouts.set(reading, layout);
  return reading;
}

/** The classic builder makes one policy per resource kind (account, zone, user). */
export function policiesOf(grants: Grant[], accounts: Resources, zones: Resources): Policy[] {
  const policy = (scope: Scope | undefined, res: Resources): Policy[] => {
    const permissions = grants.filter((g) => g.scope === scope);
    return permissions.length ? [{ effect: 'allow', permissions, include: res.include, exclude: res.exclude }] : [];
  };
  return [
    ...policy('account', accounts),
    ...policy('zone', zones),
    ...policy('user', { include: [SELF], exclude: [] }),
    // A row whose scope dropdown shows nothing could act on either.
    ...policy(undefined, { include: [...accounts.include, ...zones.include], exclude: [...accounts.exclude, ...zones.exclude] }),
  ];
}
