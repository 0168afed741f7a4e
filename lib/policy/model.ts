// The one typed model of a token that every reader produces and the analyzer consumes.
// Parsers: lib/policy/parse-api-token.ts (API JSON), lib/policy/parse-deep-link.ts (dashboard
// link), lib/dashboard/read-*.ts (dashboard pages).
import { z } from '../zod';

export const ScopeSchema = z.enum(['account', 'zone', 'user', 'r2_bucket']);

/**
 * One resource a policy includes or excludes. `id: '*'` means "all".
 * - account: one account, or all accounts
 * - zone: one zone, or all zones in all accounts
 * - account-zones: all zones of one account (or of all accounts: accountId '*')
 * - user: the token owner's user
 * - r2-bucket: one R2 bucket, or all buckets of `accountId`
 * - other: a resource key we don't understand, kept as written
 */
export const ResourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('account'), id: z.string(), label: z.optional(z.string()) }),
  z.object({ type: z.literal('zone'), id: z.string(), label: z.optional(z.string()) }),
  z.object({ type: z.literal('account-zones'), accountId: z.string(), label: z.optional(z.string()) }),
  z.object({ type: z.literal('user'), id: z.string(), label: z.optional(z.string()) }),
  z.object({ type: z.literal('r2-bucket'), id: z.string(), accountId: z.optional(z.string()), label: z.optional(z.string()) }),
  z.object({ type: z.literal('other'), key: z.string(), label: z.optional(z.string()) }),
]);

/**
 * A permission group as a reader found it. `ref` is a stable handle chosen by the reader
 * (e.g. "row-3") so findings can point back at the row that caused them.
 * `name` is what was shown or sent ("DNS Edit", "DNS Write"); `id` when known.
 */
export const GrantSchema = z.object({
  ref: z.string(),
  name: z.string(),
  id: z.optional(z.string()),
  scope: z.optional(ScopeSchema),
});

export const PolicySchema = z.object({
  effect: z.enum(['allow', 'deny']),
  permissions: z.array(GrantSchema),
  /** Empty include = the page didn't say (e.g. resources not chosen yet). */
  include: z.array(ResourceSchema),
  exclude: z.array(ResourceSchema),
});

/** Validated CIDR strings (IPv4 or IPv6; a bare address means /32 or /128). */
export const IpFilterSchema = z.object({
  in: z.array(z.string()),
  notIn: z.array(z.string()),
});

export const TokenModelSchema = z.object({
  name: z.optional(z.string()),
  /** Who owns the token, when the source says. */
  owner: z.optional(z.enum(['user', 'account'])),
  /** Where the model came from. */
  source: z.enum(['api', 'deep-link', 'classic-form', 'classic-summary', 'account-builder', 'recipe', 'other']),
  policies: z.array(PolicySchema),
  /** undefined = not known from this source; { in: [], notIn: [] } = no filter. */
  ipFilter: z.optional(IpFilterSchema),
  /** undefined = not known from this source; {} = no dates set. ISO 8601 UTC strings. */
  ttl: z.optional(z.object({ notBefore: z.optional(z.string()), expiresOn: z.optional(z.string()) })),
});

export type Scope = z.infer<typeof ScopeSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Grant = z.infer<typeof GrantSchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type IpFilter = z.infer<typeof IpFilterSchema>;
export type TokenModel = z.infer<typeof TokenModelSchema>;

/** A parser's answer: never an exception. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };
