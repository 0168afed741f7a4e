// Loads a page rendered by the real component libraries (tests/fixtures/real: Kumo, react-select),
// as saved after React rendered it (npm run fixtures:real:snapshots), into an inert happy-dom document.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/real/snapshots');

export function loadReal(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(DIR, name), 'utf8'), 'text/html');
}

/** Where each page is served (tests/fixtures/real/README.md). */
export function realUrl(name: string): URL {
  const path = name.startsWith('account-builder') ? '/0123456789abcdef0123456789abcdef/api-tokens/create'
    : name.startsWith('tokens-list') ? '/profile/api-tokens' : '/profile/api-tokens/create';
  return new URL(path, 'https://dash.cloudflare.com');
}
