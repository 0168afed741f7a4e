// zod schemas of a catalog entry. The data files are checked against these once, when the
// catalog is built (catalog.ts), and by the catalog test.
import { z } from '../zod';
import type { PermissionGroup } from './types';

const text = z.string().check(z.minLength(1), z.refine((s) => s.trim() === s && s.length > 0, 'no surrounding spaces'));

export const ScopeSchema = z.enum(['account', 'zone', 'user', 'r2_bucket']);
export const LevelSchema = z.enum(['read', 'write', 'revoke', 'run', 'purge', 'admin', 'bind', 'other']);
export const RiskSchema = z.enum(['critical', 'high', 'medium', 'low']);
export const KeyTypeSchema = z.enum(['read', 'edit', 'revoke', 'run', 'purge', 'admin', 'report']);
export const SensitiveSchema = z.enum(['logs', 'personal-data', 'secrets', 'security-config']);

/** One item of data/groups.json: the facts about a group, without texts. */
export const GroupFactsSchema = z.object({
  // 32 hex. A group no public source gives the ID of is keyed by 8 zeros + 24 hex (lookup.ts hasRealId).
  id: z.string().check(z.regex(/^[0-9a-f]{32}$/, 'id must be 32 lowercase hex characters')),
  name: text,
  label: text,
  scope: ScopeSchema,
  scopeKey: z.optional(z.enum(['com.cloudflare.api.account.flagship.app'])),
  level: LevelSchema,
  aliases: z.array(text),
  key: z.optional(z.string().check(z.regex(/^[a-z0-9_]+$/, 'key must be snake_case'))),
  keyType: z.optional(KeyTypeSchema),
  review: z.optional(z.boolean()),
  unconfirmed: z.optional(z.boolean()),
});

/** One value of a data/texts-*.json file. */
export const TextsSchema = z.object({
  short: text.check(z.maxLength(110)),
  risk: RiskSchema,
  riskReason: text,
  sensitive: z.optional(SensitiveSchema),
});

/** A full entry: facts + texts, with the rules that span both. */
export const PermissionGroupSchema = z.extend(GroupFactsSchema, TextsSchema.shape).check(
  z.refine((g) => !g.sensitive || g.level === 'read', 'sensitive is only for read groups'),
  z.refine((g) => !g.key === !g.keyType, 'key and keyType go together'),
  z.refine((g) => !g.scopeKey || g.scope === 'account', 'a scopeKey narrows the account scope only'),
  z.refine((g) => !g.unconfirmed || /\bSource:/.test(g.riskReason), 'an unconfirmed group says why in its riskReason (Source: …)'),
);

// Compile-time check that the schema and the shared contract agree.
type Parsed = z.infer<typeof PermissionGroupSchema>;
export const sameShape: (g: Parsed) => PermissionGroup = (g) => g;
