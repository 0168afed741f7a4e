// A row added with "+ Add more" shows only placeholders: it is still a row, gets a reading with
// nothing chosen, and its note says so (issue 5, part 2: exactly one note beside every row).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lookupPermission } from '../../../lib/catalog';
import { planNotes } from '../../../lib/dashboard/annotate/plan-notes';
import { readPage } from '../../../lib/dashboard/read-page';
import { load, servedAt } from './load';

// The replica's own row builder, the markup its "+ Add more" button inserts.
const ctx: { __replicaBuild?: { B(cfg: object): { permRow(row: object): string } } } = {};
runInNewContext(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/dashboard/src/classic-app.js'), 'utf8'), ctx);

function withEmptyRow(file: string, flavor: string) {
  const doc = load(file);
  const url = servedAt(file);
  const before = readPage(doc, url);
  const last = before.rows.at(-1)!.element;
  last.insertAdjacentHTML('afterend', ctx.__replicaBuild!.B({ flavor, wording: 'Edit' }).permRow({ scope: '', group: '', level: '' }));
  return { before, after: readPage(doc, url), added: last.nextElementSibling! };
}

describe('a newly added empty classic row', () => {
  it.each([['classic-form.html', 'v1'], ['classic-form-v5.html', 'v5'], ['template-form.html', 'v1']])('%s: read as a row with nothing chosen', (file, flavor) => {
    const { before, after, added } = withEmptyRow(file, flavor);
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(after.rows.at(-1)).toMatchObject({ element: added, grant: { name: '' } });
    expect(after.rows.at(-1)!.grant.scope).toBeUndefined();
    // It grants nothing: the model is the same as without the row.
    expect(after.model).toEqual(before.model);
    const notes = planNotes(after.rows, [], lookupPermission);
    expect(notes).toHaveLength(after.rows.length);
    expect(notes.at(-1)).toMatchObject({ key: added, permissionId: 'unknown', risk: 'unknown', label: 'No permission chosen yet' });
  });
});
