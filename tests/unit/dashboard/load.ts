// Loads a replica page into an inert happy-dom document (its scripts don't run) for the readers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/dashboard');

export function fixture(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

export function load(name: string): Document {
  return new DOMParser().parseFromString(fixture(name), 'text/html');
}

/** The "Served at" URL written in the replica's header comment. */
export function servedAt(name: string): URL {
  const m = /Served at: (https:\/\/\S+)/.exec(fixture(name));
  if (!m) throw new Error(`${name} has no "Served at" line`);
  return new URL(m[1]);
}
