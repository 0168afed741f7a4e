// The tokens list when the page's own markup or language hides it from the readers (no English
// headers, no known row menu), but the dashboard's own List Tokens reply was seen: the rows are
// found by the tokens they name (a link with the token's ID, or a first cell holding a token's
// name). Only names and links are read; the rows' other cells are not (their words may be in any
// language): each row is rated from its token's exact data (plan-token-badges.ts).
import type { PageTokens } from '../page-replies/store';
import { pageOwner } from '../page-replies/store';
import { all, norm, ownUi, textParts } from './dom';
import { tokenIdIn } from './token-id';
import type { PageReading, TokenRowReading } from './types';

const ROWS = 'tr, [role="row"]';
const FIRST_CELL = ':scope > td, :scope > th, :scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="rowheader"]';
const key = (s: string | undefined) => norm(s).toLowerCase();

export function readListByReplies(root: ParentNode, url: string, api: PageTokens | null): PageReading | null {
  if (!api?.listed || api.byId.size === 0) return null;
  const page = pageOwner(url);
  if (!page || page.editing) return null;
  const names = new Set<string>();
  for (const t of api.byId.values()) if (t.name) names.add(key(t.name));
  const owner = page.owner === 'user' ? 'user' : 'account';
  const tokens: TokenRowReading[] = [];
  for (const row of all(root, ROWS, ownUi(root))) {
    const id = tokenIdIn(row);
    const cell = row.querySelector(FIRST_CELL);
    const name = cell ? textParts(cell)[0] : undefined;
    const known = id !== undefined && api.byId.has(id);
    if (!known && !(name && names.has(key(name)))) continue;
    const label = name ?? api.byId.get(id as string)?.name ?? '';
    tokens.push({ name: label, element: row, model: { name: label, owner, source: 'other', policies: [] }, ...(known ? { id } : {}) });
  }
  return tokens.length ? { step: 'tokens-list', rows: [], sections: {}, templates: [], tokens } : null;
}
