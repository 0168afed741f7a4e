// npm run catalog:refresh -- reply.json
// Merges a saved GET /user/tokens/permission_groups or /accounts/{id}/tokens/permission_groups
// reply into lib/catalog/data/groups.json. Our texts are untouched; new groups get `review: true`
// and the generic text until someone writes theirs. Bad input: message, exit 1, nothing written.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseReply, mergeGroups, formatReport } from './lib/merge-groups.mjs';
import { writeCompact } from './catalog-compact.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.TOKEN_LENS_GROUPS ?? join(root, 'lib/catalog/data/groups.json');

function fail(message) {
  console.error(`catalog:refresh: ${message}`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('usage: npm run catalog:refresh -- <saved permission_groups reply.json>');

let json;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file} as JSON: ${e instanceof Error ? e.message : e}`);
}
const reply = parseReply(json);
if (!reply.ok) fail(`${file}: ${reply.error}`);

const result = mergeGroups(JSON.parse(readFileSync(target, 'utf8')), reply.items);
console.log(formatReport(result));
if (result.added.length + result.renamed.length + result.keysFilled.length === 0) {
  console.log('nothing to write');
} else {
  // Write to a temporary file first so an interrupted run never leaves half a catalog.
  writeFileSync(`${target}.tmp`, JSON.stringify(result.groups, null, 2) + '\n');
  renameSync(`${target}.tmp`, target);
  console.log(`updated ${target}`);
  // The extension ships the compact form (scripts/catalog-compact.mjs): keep it in step.
  if (!process.env.TOKEN_LENS_GROUPS) console.log(`updated ${writeCompact(dirname(target))}`);
}
