// The hand-written reply checks (lib/token/reply-schema.ts) accept and refuse what the zod
// schema they replaced did: a table with the expected answer, and the same table plus seeded
// random variations checked against that zod schema, kept here as the reference.
import { describe, expect, it } from 'vitest';
import { errorCodes, readEnvelope, readVerifyResult } from '../../../lib/token/reply-schema';
import { z } from '../../../lib/zod';
import { SEED, makeRng, pick, type Rng } from '../fuzz/random';

const ZodEnvelope = z.object({
  success: z.boolean(),
  errors: z.array(z.object({ code: z.optional(z.number()), error_chain: z.optional(z.array(z.object({ code: z.number() }))) })),
  messages: z.optional(z.array(z.unknown())),
  result: z.optional(z.nullable(z.unknown())),
});
const ZodVerifyResult = z.object({
  id: z.optional(z.string()),
  status: z.enum(['active', 'disabled', 'expired']),
  not_before: z.optional(z.nullable(z.string())),
  expires_on: z.optional(z.nullable(z.string())),
});

const ENVELOPES: Array<[string, unknown, boolean]> = [
  ['success with a result', { success: true, errors: [], messages: [{ code: 10000 }], result: { id: 'x' } }, true],
  ['refusal with a chain', { success: false, errors: [{ code: 6003, message: 'x', error_chain: [{ code: 6111 }] }], result: null }, true],
  ['no messages, no result', { success: false, errors: [] }, true],
  ['extra keys', { success: true, errors: [], result_info: {}, extra: 1 }, true],
  ['error_chain undefined', { success: false, errors: [{ code: 1000, error_chain: undefined }] }, true],
  ['null', null, false],
  ['an array', [], false],
  ['a string', 'success', false],
  ['empty object', {}, false],
  ['success a string', { success: 'true', errors: [] }, false],
  ['no errors', { success: true, result: {} }, false],
  ['errors an object', { success: false, errors: { code: 1000 } }, false],
  ['errors null', { success: false, errors: null }, false],
  ['error code a string', { success: false, errors: [{ code: '1000' }] }, false],
  ['error without a code (still read)', { success: false, errors: [{ message: 'x' }] }, true],
  ['error that is an empty object', { success: false, errors: [{}] }, true],
  ['error null', { success: false, errors: [null] }, false],
  ['chain a string', { success: false, errors: [{ code: 6003, error_chain: 'x' }] }, false],
  ['chain null', { success: false, errors: [{ code: 6003, error_chain: null }] }, false],
  ['chain entry without a code', { success: false, errors: [{ code: 6003, error_chain: [{}] }] }, false],
  ['messages an object', { success: true, errors: [], messages: {} }, false],
  ['messages null', { success: true, errors: [], messages: null }, false],
];

const RESULTS: Array<[string, unknown, boolean]> = [
  ['active, no dates', { id: 'abc', status: 'active' }, true],
  ['disabled, dates', { id: 'abc', status: 'disabled', not_before: '2026-01-01T00:00:00Z', expires_on: '2026-06-01T00:00:00Z' }, true],
  ['expired, null dates', { id: 'abc', status: 'expired', not_before: null, expires_on: null }, true],
  ['extra keys', { id: 'abc', status: 'active', token: 'x' }, true],
  ['empty id (shape only; verify-reply decides what to show)', { id: '', status: 'active' }, true],
  ['null', null, false],
  ['an array', [{ id: 'abc', status: 'active' }], false],
  ['id a number', { id: 5, status: 'active' }, false],
  ['no id (not needed for the verdict)', { status: 'active' }, true],
  ['id a number', { id: 7, status: 'active' }, false],
  ['unknown status', { id: 'abc', status: 'sleepy' }, false],
  ['status in capitals', { id: 'abc', status: 'ACTIVE' }, false],
  ['no status', { id: 'abc' }, false],
  ['expiry a number', { id: 'abc', status: 'active', expires_on: 1767225600 }, false],
  ['start an object', { id: 'abc', status: 'active', not_before: {} }, false],
];

describe('readEnvelope', () => {
  it.each(ENVELOPES)('%s -> %s', (_name, input, accepted) => {
    expect(readEnvelope(input) !== null).toBe(accepted);
    expect(ZodEnvelope.safeParse(input).success).toBe(accepted);
  });

  it('errorCodes lists every code, chains included, in order', () => {
    const env = readEnvelope({ success: false, errors: [{ code: 6003, error_chain: [{ code: 6111 }, { code: 6112 }] }, { code: 1000 }] });
    expect(errorCodes(env!)).toEqual([6003, 6111, 6112, 1000]);
  });

  it('an error without a code adds none, and the others are still listed', () => {
    const env = readEnvelope({ success: false, errors: [{ message: 'Invalid API Token' }, { code: 1000 }] });
    expect(errorCodes(env!)).toEqual([1000]);
  });
});

describe('readVerifyResult', () => {
  it.each(RESULTS)('%s -> %s', (_name, input, accepted) => {
    expect(readVerifyResult(input) !== null).toBe(accepted);
    expect(ZodVerifyResult.safeParse(input).success).toBe(accepted);
  });

  it('gives the fields back as sent', () => {
    expect(readVerifyResult({ id: 'abc', status: 'expired', expires_on: '2026-01-01T00:00:00Z' })).toMatchObject({ id: 'abc', status: 'expired', expires_on: '2026-01-01T00:00:00Z' });
  });
});

// Random variations of the table's inputs: a key dropped, or a value swapped for another type.
const ODD_VALUES: unknown[] = [null, undefined, 0, -1, 1.5, '', 'x', 'active', true, false, [], [{}], [{ code: 1 }], {}, { code: 2 }];

function vary(rng: Rng, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || rng() < 0.2) return pick(rng, ODD_VALUES);
  if (Array.isArray(value)) return value.map((v) => (rng() < 0.5 ? vary(rng, v) : v));
  const copy: Record<string, unknown> = { ...value };
  const key = pick(rng, Object.keys(copy));
  if (key === undefined) return copy;
  if (rng() < 0.3) delete copy[key];
  else copy[key] = vary(rng, copy[key]);
  return copy;
}

describe(`hand checks agree with the zod schema on random variations (seed ${SEED})`, () => {
  it.each([
    ['envelope', ENVELOPES, (x: unknown) => readEnvelope(x) !== null, (x: unknown) => ZodEnvelope.safeParse(x).success],
    ['verify result', RESULTS, (x: unknown) => readVerifyResult(x) !== null, (x: unknown) => ZodVerifyResult.safeParse(x).success],
  ] as const)('%s', (_name, table, hand, zod) => {
    const rng = makeRng(SEED);
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const input = vary(rng, pick(rng, table)[1]);
      expect([input, hand(input)]).toEqual([input, zod(input)]);
      if (!hand(input)) refused++;
    }
    // The variations reach both answers, so agreeing is not trivial.
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(1900);
  });
});
