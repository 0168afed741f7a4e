// A token row's token ID, when the row links to the token (its edit page, …/api-tokens/<id>/…):
// the exact key to the dashboard's own reply (lib/page-replies). Reads hrefs only.
const LINK = /\/api-tokens\/([0-9a-f]{32})(?:[/?#]|$)/i;

export function tokenIdIn(row: Element): string | undefined {
  for (const a of row.querySelectorAll('a[href]')) {
    const m = LINK.exec(a.getAttribute('href') ?? '');
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}
