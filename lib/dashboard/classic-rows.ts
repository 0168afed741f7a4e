// Permission rows of the classic form: each row is three dropdowns under "Permissions" (scope ·
// permission group · level) followed by a ✕ (docs/dashboard.md §classic-builder,
// docs/dashboard.md §design-rules).
import type { Grant, Scope } from '../policy/model';
import { norm, refFor } from './dom';
import { withLevel } from './permission-text';
import { shownValue, type ControlRow, type HoldsOthers } from './widgets';

export interface PermissionRow {
  element: Element;
  ref: string;
  scopeText: string;
  group: string;
  level: string;
}

const SCOPES: Record<string, Scope> = { account: 'account', zone: 'zone', user: 'user' };

/** One grouped row (see groupRows in widgets.ts): what its first three dropdowns show. */
export function permissionRow({ element, boxes }: ControlRow, others: HoldsOthers, stop: Set<Node>): PermissionRow {
  const text = (i: number) => {
    if (i >= boxes.length) return '';
    const parts = shownValue(boxes[i], others, stop);
    return parts.length === 1 ? parts[0] : norm(parts.join(' ')); // each part is already normalised
  };
  return { element, ref: refFor(element), scopeText: text(0), group: text(1), level: text(2) };
}

export function scopeOf(text: string): Scope | undefined {
  return SCOPES[text.toLowerCase()];
}

/** "DNS" + "Edit" → "DNS Edit" (the analyzer accepts Edit and Write alike); no group → name ''. */
export function grantOf(row: PermissionRow): Grant {
  const scope = scopeOf(row.scopeText);
  return { ref: row.ref, name: row.group ? withLevel(row.group, row.level) : '', ...(scope ? { scope } : {}) };
}
