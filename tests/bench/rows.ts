// The generated rows of the benchmark and the profiling aids: real groups, cycled, each with a
// level the dashboard offers for it (Cache Purge only has Purge), added by the replica's own
// script as the dashboard adds rows.

/** Real groups for the generated rows, cycled. */
export const GROUPS: [string, string][] = [
  ['Account', 'Workers Scripts'], ['Zone', 'DNS'], ['Zone', 'Zone'], ['Account', 'Account Settings'],
  ['Zone', 'Cache Purge'], ['Zone', 'Page Rules'], ['Zone', 'Zone Settings'], ['Account', 'Cloudflare Tunnel'],
];

/** Page script adding `n` rows (Read on odd rows, Edit on even ones, Purge for Cache Purge). */
export function addRows(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => GROUPS[i % GROUPS.length]).map(([s, g], i) => [s, g, g === 'Cache Purge' ? 'Purge' : i % 2 ? 'Read' : 'Edit']);
  return `const r = window.__replica; for (const [s, g, l] of ${JSON.stringify(rows)}) r.addRow(s, g, l);`;
}
