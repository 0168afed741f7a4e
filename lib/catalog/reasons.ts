// Why each group has its risk, for every group. Background only: the shipped lookups carry the
// reasons of critical groups alone (size budget); the others reach an opened note with its long
// text (lib/messages/permission-details.ts). Importing this file bundles every texts file.
import { allGroups } from './index';

const files = import.meta.glob<Record<string, { riskReason?: unknown }>>('./data/texts-*.json', { eager: true, import: 'default' });

const reasons = new Map<string, string>();
for (const content of Object.values(files)) {
  for (const [id, t] of Object.entries(content)) {
    if (typeof t?.riskReason === 'string' && t.riskReason.trim() && !reasons.has(id)) reasons.set(id, t.riskReason);
  }
}
const shipped = new Set(allGroups().filter((g) => g.riskReason).map((g) => g.id));

/** The risk reason of a group the shipped lookups don't carry (undefined when they do, or none). */
export function lazyRiskReason(id: string): string | undefined {
  const key = id.trim().toLowerCase();
  return shipped.has(key) ? undefined : reasons.get(key);
}
