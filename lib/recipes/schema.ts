// The shape of a least-privilege recipe: what a tool needs, why, and where its docs say so.
// Checked by the unit tests (tests/unit/recipes/recipes.test.ts), so a typo in the data fails the
// tests, not a user; the shipped code imports only the types.
import { z } from '../zod';

export const KeyTypeSchema = z.enum(['read', 'edit', 'revoke', 'run', 'purge', 'admin', 'report']);

/** One deep-link key (docs/dashboard.md §permission-group-keys) with the reason the job needs it. */
export const RecipePermissionSchema = z.object({
  key: z.string().check(z.regex(/^[a-z0-9_]+$/)),
  type: KeyTypeSchema,
  reason: z.string().check(z.minLength(10)),
});

export const RecipeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  /** Short title shown in the list, e.g. "cert-manager". */
  title: z.string().check(z.minLength(2)),
  /** The job in a few words, e.g. "DNS-01 certificates in Kubernetes". */
  job: z.string().check(z.minLength(5)),
  group: z.enum(['certificates', 'dns', 'workers', 'storage', 'zero-trust', 'other']),
  permissions: z.array(RecipePermissionSchema).check(z.minLength(1)),
  /** The tool's own documentation page the permission set comes from. */
  docs: z.url().check(z.startsWith('https://')),
  /** Which zones to choose: one (or a few) zone(s), all zones, or none needed. */
  zone: z.enum(['one', 'all', 'none']),
  zoneAdvice: z.string().check(z.minLength(10)),
  /** Which kind of token fits the job better. */
  owner: z.enum(['user', 'account']),
  ownerAdvice: z.string().check(z.minLength(10)),
  /** Pre-filled token name. */
  tokenName: z.string().check(z.minLength(3)),
  /** Set only when the recommended set must raise a critical finding: why that is the job itself. */
  criticalBecause: z.optional(z.string().check(z.minLength(10))),
});

export type RecipePermission = z.infer<typeof RecipePermissionSchema>;
export type Recipe = z.infer<typeof RecipeSchema>;
