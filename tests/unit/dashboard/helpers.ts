// Test helpers: readings without refs (refs come from a global counter) and DOM edits.
import type { PageReading } from '../../../lib/dashboard/types';
import type { TokenModel } from '../../../lib/policy/model';

/** The model with every ref replaced by "r", so it can be compared with a literal. */
export function withoutRefs(model: TokenModel | undefined): unknown {
  return JSON.parse(JSON.stringify(model ?? null, (k, v) => (k === 'ref' ? 'r' : v)));
}

/** Row grants as "name|scope" strings, in page order. */
export function rowNames(reading: PageReading): string[] {
  return reading.rows.map((r) => `${r.grant.name}|${r.grant.scope ?? ''}`);
}

/** Removes every class and data-* attribute (except data-token-lens) from the document. */
export function stripHooks(doc: Document): void {
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'class' || (attr.name.startsWith('data-') && attr.name !== 'data-token-lens')) el.removeAttribute(attr.name);
    }
  }
}
