// Classic custom / template form → token model (dashboard.md §3.1, §8.A).
// Test URLs: https://dash.cloudflare.com/profile/api-tokens/create (after "Get started" or
// "Use template"); fixtures tests/fixtures/dashboard/classic-form*.html, template-form.html.
import type { Grant, Policy, Resource, Scope, TokenModel } from '../policy/model';
import { parseDeepLink } from '../policy/parse-deep-link';
import type { PageReading, RowReading } from './types';
import { COMBOBOXES, HEADINGS, all, fieldName, nameOf, norm, ownUi, textOf } from './dom';
import { findSections, splitBySection } from './sections';
import { isRemoveButton, countUp, shownValue } from './widgets';
import { grantOf, permissionRows } from './classic-rows';
import { accountResources, zoneResources, type Resources } from './read-resources';
import { ipFilterFrom, ttlFrom } from './read-restrictions';
import { readTokenName } from './token-name';

const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="search"]):not([role])';
const END = /^(continue to summary|update token|create token)$/i;
const SELF: Resource = { type: 'user', id: 'self', label: 'You' };

export function readClassicForm(root: ParentNode, url: URL): PageReading {
  const skip = ownUi(root);
  const sections = findSections(root, skip);
  // Sort each element once: dropdown, text field, ✕ button, or the footer button that ends the form.
  const kinds = new Map<Element, 'box' | 'field' | 'remove' | 'other'>();
  const kindOf = (el: Element) => {
    let kind = kinds.get(el);
    if (!kind) {
      kind = el.matches(COMBOBOXES) ? 'box' : el.matches(FIELDS) ? 'field' : isRemoveButton(el) ? 'remove' : 'other';
      kinds.set(el, kind);
    }
    return kind;
  };
  const isEnd = (el: Element) => kindOf(el) === 'other' && END.test(nameOf(el));
  const split = splitBySection(root, sections, `${COMBOBOXES},${FIELDS},button,[role="button"]`, skip, isEnd);
  const controls = new Map([...split].map(([k, list]) => [k, list.filter((el) => kindOf(el) === 'box' || kindOf(el) === 'field')]));
  const removes = new Map([...split].map(([k, list]) => [k, list.filter((el) => kindOf(el) === 'remove')]));
  const section = (name: string) => sections.find((s) => s.name === name);
  const isBox = (el: Element) => kindOf(el) === 'box';

  // Each section's dropdown values, in page order.
  const valuesOf = (name: 'account-resources' | 'zone-resources' | 'ip-filter') => {
    const s = section(name);
    if (!s) return undefined;
    const list = controls.get(name)!;
    const counts = countUp(list.filter(isBox), s.stop);
    return list.map((el) => (isBox(el) ? shownValue(el, counts, s.stop) : [norm((el as HTMLInputElement).value)]));
  };

  const perm = section('permissions');
  const rows = perm ? permissionRows(controls.get('permissions')!.filter(isBox), removes.get('permissions')!, perm.stop) : [];
  // Every row gets a reading (a row with nothing chosen has grant.name ''); only chosen ones
  // enter the model.
  let readings: RowReading[] = rows.map((row) => ({ ref: row.ref, grant: grantOf(row), element: row.element }));

  const accounts = accountResources((valuesOf('account-resources') ?? []).map((v) => v.join(' ')));
  const zones = zoneResources((valuesOf('zone-resources') ?? []).map((v) => v.join(' ')));
  let policies = policiesOf(readings.map((r) => r.grant).filter((g) => g.name), accounts, zones);

  // Pre-filled link whose dropdowns look empty (a known dashboard bug): the URL says what's set.
  if (rows.every((row) => !row.group) && url.searchParams.has('permissionGroupKeys')) {
    const link = parseDeepLink(url.href);
    if (link.ok) {
      // Rows follow the link's order; the parser groups by scope, its refs ("key-<n>") keep the order.
      const order = (g: Grant) => Number(/^key-(\d+)$/.exec(g.ref)?.[1] ?? 0);
      const grants = link.value.policies.flatMap((p) => p.permissions).sort((a, b) => order(a) - order(b));
      const paired = grants.length === rows.length;
      const withRefs = grants.map((g, i) => (paired ? { ...g, ref: rows[i].ref } : g));
      readings = paired ? withRefs.map((grant, i) => ({ ref: grant.ref, grant, element: rows[i].element })) : [];
      const fromLink = (scope: Scope, own: Resources): Resources =>
        own.include.length ? own : { include: link.value.policies.find((p) => p.permissions.some((g) => g.scope === scope))?.include ?? [], exclude: [] };
      policies = policiesOf(withRefs, fromLink('account', accounts), fromLink('zone', zones));
    }
  }

  const ip = valuesOf('ip-filter');
  const ttlSection = section('ttl');
  const model: TokenModel = {
    source: 'classic-form',
    owner: url.pathname.startsWith('/profile/') ? 'user' : 'account',
    policies,
    ...(ip ? { ipFilter: ipFilterFrom(ip) } : {}),
    ...(ttlSection ? { ttl: ttlFrom(controls.get('ttl')!.filter((el) => !isBox(el)).map((el) => ({ name: fieldName(el), value: (el as HTMLInputElement).value }))) } : {}),
  };
  const name = readTokenName(root, skip);
  if (name) model.name = name;
  if (model.ttl === undefined) delete model.ttl;

  const title = all(root, HEADINGS, skip).find((h) => /^create( custom)? token$/i.test(textOf(h)));
  return {
    step: 'classic-form',
    model,
    rows: readings,
    sections: Object.fromEntries([...sections.map((s) => [s.name, s.heading]), ...(title ? [['token', title]] : [])]),
    templates: [],
    tokens: [],
  };
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
