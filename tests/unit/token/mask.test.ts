import { describe, expect, it } from 'vitest';
import { maskToken } from '../../../lib/token/mask';

describe('maskToken', () => {
  it.each([
    ['cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe', 'cfut_\u2026bbfe'],
    ['cfat_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe', 'cfat_\u2026bbfe'],
    ['cfk_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe', 'cfk_\u2026bbfe'],
    ['YQSn-xWAQiiEh9qM58wZNnyQS7FUdoqGIUAbrh7T', '\u2026rh7T'],
    ['short-secret', '\u2026'],
    ['', ''], // an empty field: no lone "…"
  ])('%s -> %s', (token, masked) => expect(maskToken(token)).toBe(masked));

  it('never contains more than four characters of the secret part', () => {
    const token = 'cfut_ZE4CrcFhEIDXk9vL2sTLeARsFp2ZZYbydVDhhIUq8573bbfe';
    expect(maskToken(token).replace('cfut_\u2026', '')).toHaveLength(4);
  });
});
