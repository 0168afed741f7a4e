// New account-token builder (Kumo) → token model (dashboard.md §3.2, §8.D): policies, each with
// a scope selector ("Entire Account", "All Domains") followed by permission-group <li> rows whose
// Read / Edit / … controls are additive checkboxes (aria-checked) or toggles (aria-pressed).
import type { Grant, Policy, Resource } from '../policy/model';
import type { PageReading, RowReading } from './types';
import { COMBOBOXES, HEADINGS, all, docOf, fieldName, isSkipped, nameOf, norm, ownUi, refFor, textOf } from './dom';
import { findSections, splitList } from './sections';
import { resourceOf, withLevel } from './permission-text';
import { ipFilterFrom, ttlFrom } from './read-restrictions';
import { readTokenName } from './token-name';

const LEVELS = '[role="checkbox"],[role="switch"],button[aria-pressed]';
const SELECTORS = '[role="combobox"]:not(input),button[aria-haspopup="listbox"],select';
const FIELDS = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="search"]):not([role])';

const isOn = (c: Element) => c.getAttribute('aria-checked') === 'true' || c.getAttribute('aria-pressed') === 'true';

function levelName(control: Element): string {
  return nameOf(control) || textOf(control.closest('label') ?? control);
}

/** The row's own text: everything except its level controls and the labels around them. */
function groupName(li: Element): string {
  const parts: string[] = [];
  const walker = docOf(li).createTreeWalker(li, 1 | 4, {
    acceptNode: (n: Node) => {
      if (n.nodeType === 3) return 1;
      const el = n as Element;
      if (el.matches(LEVELS) || (el.localName === 'label' && el.querySelector(LEVELS))) return 2;
      return isSkipped(el) ? 2 : 3;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return norm(parts.join(' '));
}

function resourcesOf(text: string, account: string): Resource[] {
  const t = norm(text).toLowerCase();
  if (t === 'entire account') return [{ type: 'account', id: account, label: text }, { type: 'account-zones', accountId: account, label: text }];
  if (t === 'all domains' || t === 'all zones') return [{ type: 'account-zones', accountId: account, label: text }];
  const res = resourceOf(text);
  return res ? [res] : [];
}

export function readAccountBuilder(root: ParentNode, url: URL): PageReading {
  const skip = ownUi(root);
  const account = /^\/([0-9a-f]{32})\//i.exec(url.pathname)?.[1] ?? ':account';
  const rowSet = new Set<Element>(all(root, LEVELS, skip).map((c) => c.closest('li')).filter((li): li is HTMLLIElement => !!li));
  const rows: RowReading[] = [];
  const policies: Policy[] = [];
  let current: { policy: Policy; selector?: Element } | undefined;
  for (const el of all(root, `${SELECTORS},li`, skip)) {
    if (el.localName !== 'li') {
      current = undefined;
      const text = textOf(el);
      if (text) current = { policy: { effect: 'allow', permissions: [], include: resourcesOf(text, account), exclude: [] }, selector: el };
      continue;
    }
    if (!rowSet.has(el)) continue;
    if (!current) current = { policy: { effect: 'allow', permissions: [], include: [], exclude: [] } };
    if (!policies.includes(current.policy)) policies.push(current.policy);
    const group = groupName(el);
    for (const control of el.querySelectorAll(LEVELS)) {
      if (!isOn(control) || !group) continue;
      const level = levelName(control);
      const grant: Grant = { ref: `${refFor(el)}:${level.toLowerCase()}`, name: withLevel(group, level) };
      current.policy.permissions.push(grant);
      rows.push({ ref: grant.ref, grant, element: el });
    }
  }

  const sections = findSections(root, skip);
  const controls = splitList(all(root, `${COMBOBOXES},${FIELDS}`, skip), sections);
  const ip = controls.get('ip-filter');
  const ttl = controls.get('ttl');
  const valueOf = (el: Element) => (el.localName === 'input' ? [norm((el as HTMLInputElement).value)] : [textOf(el)]);
  const dates = (ttl ?? []).filter((el) => el.localName === 'input').map((el) => ({ name: fieldName(el), value: (el as HTMLInputElement).value }));
  const ttlValue = ttl ? ttlFrom(dates) : undefined;
  const name = readTokenName(root, skip);
  const policiesHeading = all(root, HEADINGS, skip).find((h) => /^(policies|permissions)$/i.test(textOf(h)));
  return {
    step: 'account-builder',
    model: {
      ...(name ? { name } : {}),
      owner: 'account',
      source: 'account-builder',
      policies: policies.filter((p) => p.permissions.length),
      ...(ip ? { ipFilter: ipFilterFrom(ip.map(valueOf)) } : {}),
      ...(ttlValue ? { ttl: ttlValue } : {}),
    },
    rows,
    sections: Object.fromEntries([...sections.map((s) => [s.name, s.heading]), ...(policiesHeading ? [['permissions', policiesHeading]] : [])]),
    templates: [],
    tokens: [],
  };
}
