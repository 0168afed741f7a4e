// New account-token builder (Kumo) → token model (docs/dashboard.md §account-token-builder,
// docs/dashboard.md §account-builder-fixture): policies, each with a scope selector ("Entire
// Account", "All Domains", "Specific Domains" and a zone picker) followed by permission-group rows
// (list items or table rows) whose Read / Edit / … controls are additive checkboxes (aria-checked,
// or native), toggles (aria-pressed) or a radio group.
import type { Grant, Policy, Resource } from '../policy/model';
import type { PageReading, RowReading } from './types';
import { BUTTONS, HEADINGS, all, ancestors, docOf, fieldName, isSkipped, nameOf, norm, ownUi, refFor, textOf } from './dom';
import { shownValue } from './widgets';
import { findSections } from './sections';
import { resourceOf, withLevel } from './permission-text';
import { readRestrictions } from './read-restrictions';
import { readTokenName } from './token-name';

// Level controls; a native one hidden from assistive tech is a component's twin of a visible one.
const LEVELS = '[role="checkbox"],[role="switch"],[role="radio"],button[aria-pressed],input[type="checkbox"]:not([aria-hidden="true"]),input[type="radio"]:not([aria-hidden="true"])';
const SELECTORS = '[role="combobox"]:not(input),button[aria-haspopup="listbox"],select';
/** A permission group's row. */
const ROWS = 'li,tr,[role="row"],[role="listitem"]';
/** The button that ends the builder. */
const END = /^(review token|continue to summary|create token)$/i;
/** A level that grants nothing: a radio group's first choice. */
const NO_LEVEL = /^(none|no access|off)$/i;

const isOn = (c: Element) => (c.localName === 'input' ? (c as HTMLInputElement).checked : c.getAttribute('aria-checked') === 'true' || c.getAttribute('aria-pressed') === 'true');

/** Names a table's check cell gives every checkbox (Kumo's Table.CheckCell: "Select row"). */
const GENERIC = /^(select( this)?( row| all)?|toggle|check|checkbox|enable|on|off)$/i;

/** A checkbox in a table cell: the cell's own name, else its column's header ("Read"). */
function cellName(control: Element): string {
  const cell = control.closest('td,[role="cell"],[role="gridcell"]');
  if (!cell) return '';
  const own = norm(cell.getAttribute('aria-label'));
  if (own) return own;
  const index = (cell as HTMLTableCellElement).cellIndex;
  const header = index >= 0 ? cell.closest('table')?.querySelector('thead tr')?.children[index] : undefined;
  return header ? textOf(header) : '';
}

/** "Edit", also when a control is named for its row ("Edit DNS", "DNS: Read") or its cell. */
function levelName(control: Element, group: string): string {
  let name = (control.localName === 'input' ? fieldName(control) : nameOf(control)) || textOf(control.closest('label') ?? control);
  if (!name || GENERIC.test(name)) name = cellName(control) || name;
  const at = group ? name.toLowerCase().indexOf(group.toLowerCase()) : -1;
  if (at < 0 || name.length === group.length) return name;
  return norm(`${name.slice(0, at)} ${name.slice(at + group.length)}`.replace(/[:\-–—]/g, ' ')) || name;
}

/** A label of a level control, whose text is the level's, not the group's. */
function labelsLevel(el: Element): boolean {
  if (el.localName !== 'label') return false;
  return el.querySelector(LEVELS) !== null || ((el as HTMLLabelElement).control?.matches(LEVELS) ?? false);
}

/** The row's own text: everything except its level controls and the labels around them. */
function groupName(li: Element): string {
  const parts: string[] = [];
  const walker = docOf(li).createTreeWalker(li, 1 | 4, {
    acceptNode: (n: Node) => {
      if (n.nodeType === 3) return 1;
      const el = n as Element;
      if (el.matches(LEVELS) || labelsLevel(el)) return 2;
      return isSkipped(el) ? 2 : 3;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return norm(parts.join(' '));
}

/** Scope texts whose zones are picked in the control that follows. */
const PICKED = /^specific (domains?|zones?|websites?)$/i;

function resourcesOf(text: string, account: string): Resource[] {
  const t = norm(text).toLowerCase();
  if (t === 'entire account') return [{ type: 'account', id: account, label: text }, { type: 'account-zones', accountId: account, label: text }];
  if (t === 'all domains' || t === 'all zones') return [{ type: 'account-zones', accountId: account, label: text }];
  if (PICKED.test(t)) return []; // the zones come from the picker after it, if any are chosen
  const res = resourceOf(text);
  return res ? [res] : [];
}

export function readAccountBuilder(root: ParentNode, url: URL): PageReading {
  const skip = ownUi(root);
  const account = /^\/([0-9a-f]{32})\//i.exec(url.pathname)?.[1] ?? ':account';
  const rowSet = new Set<Element>(all(root, LEVELS, skip).map((c) => c.closest(ROWS)).filter((row): row is Element => !!row));
  const rows: RowReading[] = [];
  const policies: Policy[] = [];
  // Rows with a level switched on whose permission group we could not name.
  let unreadRows = 0;
  let current: { policy: Policy; picks?: Set<Node> } | undefined;
  for (const el of all(root, `${SELECTORS},input[role="combobox"],${ROWS}`, skip)) {
    if (el.localName === 'input') {
      // The zone picker of "Specific Domains": its chips, read no higher than the policy's own card.
      // Only domain names count: an input that is something else (a search box) shows no zones,
      // and the next one is looked at.
      if (current?.picks && !rowSet.has(el.closest(ROWS)!)) {
        for (const text of shownValue(el, () => false, current.picks)) {
          const res = resourceOf(text);
          if (res?.type === 'zone') current.policy.include.push(res);
        }
        if (current.policy.include.length) current.picks = undefined;
      }
      continue;
    }
    if (!el.matches(ROWS)) {
      if (rowSet.has(el.closest(ROWS)!)) continue; // a level chosen from a dropdown in the row
      current = undefined;
      const text = textOf(el);
      if (text) current = { policy: { effect: 'allow', permissions: [], include: resourcesOf(text, account), exclude: [] }, ...(PICKED.test(text) ? { picks: ancestors(el) } : {}) };
      continue;
    }
    if (!rowSet.has(el)) continue;
    if (!current) current = { policy: { effect: 'allow', permissions: [], include: [], exclude: [] } };
    if (!policies.includes(current.policy)) policies.push(current.policy);
    const group = groupName(el);
    let levels = 0;
    for (const control of el.querySelectorAll(LEVELS)) {
      if (!isOn(control)) continue;
      if (!group) { levels++; continue; }
      const level = levelName(control, group);
      if (NO_LEVEL.test(level)) continue;
      const grant: Grant = { ref: `${refFor(el)}:${level.toLowerCase()}`, name: withLevel(group, level) };
      current.policy.permissions.push(grant);
      rows.push({ ref: grant.ref, grant, element: el });
    }
    if (levels) unreadRows++;
  }

  const sections = findSections(root, skip);
  const end = all(root, BUTTONS, skip).find((b) => END.test(nameOf(b)));
  const { ipFilter, ttl, unread } = readRestrictions(sections, skip, end);
  const name = readTokenName(root, skip);
  const policiesHeading = all(root, HEADINGS, skip).find((h) => /^(policies|permissions)$/i.test(textOf(h)));
  const reading: PageReading = {
    step: 'account-builder',
    model: {
      ...(name ? { name } : {}),
      owner: 'account',
      source: 'account-builder',
      policies: policies.filter((p) => p.permissions.length),
      ...(ipFilter ? { ipFilter } : {}),
      ...(ttl ? { ttl } : {}),
    },
    rows,
    sections: Object.fromEntries([...sections.map((s) => [s.name, s.heading]), ...(policiesHeading ? [['permissions', policiesHeading]] : [])]),
    templates: [],
    tokens: [],
  };
  if (unreadRows || unread.length) reading.unread = { fields: unread, rows: unreadRows };
  return reading;
}
