import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex } from '../../../lib/token/crc32';

describe('crc32Hex', () => {
  // cloudflare-tokens.md §1.2: computed with zlib.crc32 over the 40-character body.
  it.each([
    ['ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq', '8573bbfe'],
    ['0000000000000000000000000000000000000000', '963fbb8e'],
    ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '2ae98c30'],
    ['abcdefghijABCDEFGHIJ0123456789klmnopqrst', 'a2e37cfd'],
    ['Example2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '0f604dde'], // leading zero kept
    ['', '00000000'],
    ['123456789', 'cbf43926'], // the standard CRC-32 check value
  ])('%s -> %s', (body, hex) => expect(crc32Hex(body)).toBe(hex));

  it('returns an unsigned number', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
});
