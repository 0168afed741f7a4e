// The content script asks the background for the permission catalog once, when it first sees a
// token page: the data is not in the content-script bundle (size budget; pages that are not
// token pages never need it). Shared by both sides; imports no catalog data.
import type { CompactCatalog } from '../catalog/compact';

export interface CatalogRequest {
  type: 'permission-catalog';
}

export const catalogRequest = (): CatalogRequest => ({ type: 'permission-catalog' });

export function isCatalogRequest(message: unknown): message is CatalogRequest {
  return typeof message === 'object' && message !== null && (message as Record<string, unknown>).type === 'permission-catalog';
}

const COLUMNS = ['scope', 'level', 'keyType', 'risk', 'sensitive'] as const;
const LISTS = ['name', 'label', 'key', 'short', 'reason'] as const;
const isText = (x: unknown): x is string => typeof x === 'string';

/**
 * Reads a reply defensively (it crossed a process boundary): the compact catalog when every
 * column has one well-typed value per group, else null. A catalog of zero groups is no catalog.
 */
export function readCatalogReply(reply: unknown): CompactCatalog | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const c = reply as Record<string, unknown>;
  const names = c.name;
  if (!Array.isArray(names) || names.length === 0) return null;
  const n = names.length;
  if (!isText(c.id) || !/^[0-9a-f]*$/.test(c.id) || c.id.length !== n * 32) return null;
  if (!COLUMNS.every((k) => isText(c[k]) && c[k].length === n)) return null;
  if (!LISTS.every((k) => Array.isArray(c[k]) && c[k].length === n && c[k].every(isText))) return null;
  const alias = c.alias;
  if (typeof alias !== 'object' || alias === null || Array.isArray(alias)) return null;
  if (!Object.values(alias).every((a) => Array.isArray(a) && a.every(isText))) return null;
  if (!Array.isArray(c.review) || !c.review.every((i) => Number.isInteger(i))) return null;
  return c as unknown as CompactCatalog;
}
