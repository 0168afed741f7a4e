// The long explanation of each group. Kept apart from lookup.ts/catalog.ts on purpose: the
// content script must not bundle these paragraphs (size budget); only the popup/options do.
const files = import.meta.glob<Record<string, string>>('./data/details-*.json', { eager: true, import: 'default' });

const details = new Map<string, string>();
for (const content of Object.values(files)) {
  for (const [id, text] of Object.entries(content)) if (typeof text === 'string' && text.trim()) details.set(id, text);
}

/** The long paragraph for a group ID, or undefined when we have none. */
export function permissionDetails(id: string): string | undefined {
  return details.get(id.trim().toLowerCase());
}
