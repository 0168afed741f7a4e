import { describe, expect, it } from 'vitest';
import { isCatchAll, isValidCidr, parseCidr } from '../../../lib/policy/ip';

describe('isValidCidr', () => {
  it.each([
    '192.0.2.1', '192.0.2.0/24', '0.0.0.0/0', '255.255.255.255/32', ' 10.0.0.0/8 ',
    '2001:db8::/32', '2606:4700:4700::1111', '::', '::/0', '::1', 'fe80::1/64',
    '2001:0db8:0000:0000:0000:ff00:0042:8329', '::ffff:192.0.2.1', '::ffff:192.0.2.1/128',
    '1:2:3:4:5:6:192.0.2.1', '2001:db8::/128',
  ])('accepts %s', (s) => expect(isValidCidr(s)).toBe(true));

  it.each([
    '', '192.0.2', '192.0.2.256', '192.0.2.1/33', '192.0.2.1/', '192.0.2.1/-1', '192.0.2.01',
    '192.0.2.1/24/1', '2001:db8::/129', '2001:db8:::1', '1::2::3', '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', 'g::1', 'example.com', '::ffff:192.0.2.256',
    '1.2.3.4::', '2001:db8::/08', 'fe80::1%eth0', '1:2:3:4:5:6:7:192.0.2.1',
  ])('refuses %s', (s) => expect(isValidCidr(s)).toBe(false));

  it('refuses non-strings without throwing', () => {
    expect(isValidCidr(42 as unknown as string)).toBe(false);
  });
});

describe('parseCidr', () => {
  it.each([
    ['192.0.2.7', { version: 4, address: '192.0.2.7', prefix: 32 }],
    ['2001:db8::1', { version: 6, address: '2001:db8::1', prefix: 128 }],
    ['198.51.100.0/22', { version: 4, address: '198.51.100.0', prefix: 22 }],
  ])('%s', (s, expected) => expect(parseCidr(s)).toEqual(expected));
});

describe('isCatchAll', () => {
  it.each([
    ['0.0.0.0/0', true], ['::/0', true], ['10.0.0.0/8', false], ['192.0.2.1', false], ['junk/0', false],
  ])('%s -> %s', (s, expected) => expect(isCatchAll(s)).toBe(expected));
});
