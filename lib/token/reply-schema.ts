// The verify reply as Cloudflare sends it (cloudflare-tokens.md §2.2, §2.3). Extra fields are
// ignored; missing or mistyped ones make the reply "bad-reply" rather than a guess.
import { z } from '../zod';

const Problem = z.object({
  code: z.number(),
  error_chain: z.optional(z.array(z.object({ code: z.number() }))),
});

export const Envelope = z.object({
  success: z.boolean(),
  errors: z.array(Problem),
  messages: z.optional(z.array(z.unknown())),
  result: z.optional(z.nullable(z.unknown())),
});

export const VerifyResult = z.object({
  id: z.string(),
  status: z.enum(['active', 'disabled', 'expired']),
  // Left out when not set (§2.2); null accepted too.
  not_before: z.optional(z.nullable(z.string())),
  expires_on: z.optional(z.nullable(z.string())),
});

export type Envelope = z.infer<typeof Envelope>;
export type VerifyResult = z.infer<typeof VerifyResult>;

/** Every error code in the reply, chains included. */
export function errorCodes(envelope: Envelope): number[] {
  return envelope.errors.flatMap((e) => [e.code, ...(e.error_chain ?? []).map((c) => c.code)]);
}
