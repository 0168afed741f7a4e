// Classic summary step → token model (docs/dashboard.md §summary-step,
// docs/dashboard.md §summary-fixture): the heading "<name> API token summary" and a └ tree of lines
// "<resource> - <Group:Level, …>" (in list items or blocks; a definition list or a table of
// resource and permissions read the same). The summary shows no IP filter and no dates, so those
// stay unknown (undefined).
import type { Policy, TokenModel } from '../policy/model';
import type { PageReading, RowReading } from './types';
import { HEADINGS, all, before, isSkipped, nameOf, norm, ownUi, refFor, textOf } from './dom';
import { grantsOf, permissionNames, resourceOf, scopeFor } from './permission-text';
import { ownerOfPage } from './page-owner';

const INLINE = new Set(['strong', 'b', 'span', 'em', 'i', 'a', 'mark', 'small']);
const TITLE = /^(.*\S)\s+api token summary$/i;

/** The element's own line: its text and inline children, without nested lists or blocks. */
function ownLine(el: Element): string {
  const parts: string[] = [];
  for (const child of el.childNodes) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && INLINE.has((child as Element).localName) && !isSkipped(child as Element)) parts.push(textOf(child as Element));
  }
  return norm(parts.join(' ')).replace(/^[└├─│\s]+/, '');
}

/** A table row's line: its first cell is the resource, the others the permissions. */
function rowLine(tr: Element): string {
  const cells = [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th').map(textOf).filter(Boolean);
  return cells.length >= 2 ? `${cells[0]} - ${cells.slice(1).join(', ')}` : '';
}

// Where a summary line may be: the └ tree's list items or blocks, a definition list, a table.
const LINES = 'li,dd,p,div,tr';

export function readClassicSummary(root: ParentNode, url: URL): PageReading {
  const skip = ownUi(root);
  const heading = all(root, HEADINGS, skip).find((h) => TITLE.test(textOf(h)));
  const end = all(root, 'button,[role="button"]', skip).find((b) => /^(create token|update token)$/i.test(nameOf(b)));
  const lines = all(root, LINES, skip).filter((el) => (!heading || before(heading, el)) && (!end || before(el, end)));

  const rows: RowReading[] = [];
  const policies: Policy[] = [];
  for (const el of lines) {
    const m = /^(.+?)\s+[-–—]\s+(.+)$/.exec(el.localName === 'tr' ? rowLine(el) : ownLine(el));
    const names = m ? permissionNames(m[2]) : [];
    const resource = m && resourceOf(m[1]);
    if (!names.length || !resource) continue;
    const grants = grantsOf(names, refFor(el, 'line'), scopeFor(resource));
    for (const grant of grants) rows.push({ ref: grant.ref, grant, element: el });
    // One policy per line, so every line's grants (and refs) are in the model.
    policies.push({ effect: 'allow', permissions: grants, include: [resource], exclude: [] });
  }
  const name = heading ? TITLE.exec(textOf(heading))?.[1] : undefined;
  const model: TokenModel = {
    ...(name ? { name } : {}),
    owner: ownerOfPage(url),
    source: 'classic-summary',
    policies,
  };
  return { step: 'classic-summary', model, rows, sections: heading ? { token: heading } : {}, templates: [], tokens: [] };
}
