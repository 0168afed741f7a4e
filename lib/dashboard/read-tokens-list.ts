// Tokens list → one partial model per token row (docs/dashboard.md §tokens-list,
// docs/dashboard.md §tokens-list-fixture). Column headers are a guess, so they are matched loosely
// and the guessed order is the fallback.
import type { Resource, Scope, TokenModel } from '../policy/model';
import type { PageReading, TokenRowReading } from './types';
import { all, norm, ownUi, refFor, textOf, textParts } from './dom';
import { grantsOf, permissionNames, resourceOf, scopeFor } from './permission-text';
import { tokenIdIn } from './token-id';
import { ownerOfPage } from './page-owner';

type Column = 'name' | 'permissions' | 'resources' | 'status';
const COLUMNS: [Column, RegExp][] = [['name', /name|^(api )?tokens?$/i], ['permissions', /permission/i], ['resources', /resource/i], ['status', /status/i]];
/** A chip standing for permissions the row leaves out. */
const MORE = /^\+\s*(\d+)\s*more$/i;
const CELLS = ':scope > td, :scope > th, :scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="rowheader"]';

/** A per-row menu button ("Actions", "More options"), named by aria-label (icon only). */
const ROW_MENU = /^(actions|more options|more actions|token actions|open menu)\b/i;

export function hasRowMenu(table: Element): boolean {
  for (const b of table.querySelectorAll('button[aria-label],[role="button"][aria-label]')) if (ROW_MENU.test(norm(b.getAttribute('aria-label')))) return true;
  return false;
}

function columnsOf(table: Element): Column[] {
  const headers = [...table.querySelectorAll('th, [role="columnheader"]')].map((h) => textOf(h));
  const cols = headers.map((h) => COLUMNS.find(([, re]) => re.test(h))?.[0]);
  return cols.some(Boolean) ? (cols as Column[]) : ['name', 'permissions', 'resources', 'status'];
}

export function readTokensList(root: ParentNode, url: URL): PageReading {
  const skip = ownUi(root);
  const owner = ownerOfPage(url);
  const tokens: TokenRowReading[] = [];
  for (const table of all(root, 'table,[role="table"],[role="grid"]', skip)) {
    const columns = columnsOf(table);
    if (!columns.includes('permissions') && !hasRowMenu(table)) continue;
    for (const row of table.querySelectorAll('tr, [role="row"]')) {
      if (row.closest('tfoot')) continue; // "3 tokens", totals: not a token
      const cells = [...row.querySelectorAll(CELLS)];
      if (!cells.length || cells.every((c) => c.localName === 'th' || c.getAttribute('role') === 'columnheader')) continue;
      const cell = (col: Column) => { const i = columns.indexOf(col); return i >= 0 && cells[i] ? textParts(cells[i]) : []; };
      const name = cell('name')[0];
      if (!name) continue;
      const resources = cell('resources').join(', ').split(/\s*,\s*/).map(resourceOf).filter((r): r is Resource => !!r);
      const scopes = new Set(resources.map(scopeFor));
      const scope: Scope | undefined = scopes.size === 1 ? [...scopes][0] : undefined;
      const shown = cell('permissions');
      const grants = grantsOf(permissionNames(shown.join(', ')), refFor(row, 'token'), scope);
      const unshown = shown.reduce((n, t) => n + Number(MORE.exec(t)?.[1] ?? 0), 0);
      const model: TokenModel = {
        name,
        owner,
        source: 'other',
        policies: grants.length ? [{ effect: 'allow', permissions: grants, include: resources, exclude: [] }] : [],
      };
      const status = norm(cell('status').join(' '));
      const id = tokenIdIn(row);
      tokens.push({ name, element: row, model, ...(id ? { id } : {}), ...(status ? { status } : {}), ...(unshown ? { unshown } : {}) });
    }
  }
  return { step: 'tokens-list', rows: [], sections: {}, templates: [], tokens };
}
