import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex, isWholeScannable } from '../../../lib/token/crc32';

describe('crc32Hex', () => {
  // docs/cloudflare-tokens.md §checksum: computed with zlib.crc32 over the 40-character body.
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

describe('isWholeScannable', () => {
  const body = 'ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq'; // check digits 8573bbfe
  it.each([
    [`cfut_${body}8573bbfe`, true],
    [`cfat_${body}8573bbfe`, true],
    [`cfk_${body}8573bbfe`, true],
    [`cfut_${body}8573bbff`, false], // last check digit off by one
    [`cfut_${body}00000000`, false],
    [`cfat_${body}963fbb8e`, false], // another body's check digits
    [`cfut_${body}8573BBFE`, false], // check digits are lowercase
    [`cfxx_${body}8573bbfe`, false],
    [`cfut_${body}8573bbf`, false],
  ])('%s -> %s', (text, whole) => expect(isWholeScannable(text)).toBe(whole));
});
