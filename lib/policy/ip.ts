// Client-IP filter entries: IPv4/IPv6 addresses with an optional /prefix (restrict-tokens docs).
// Pure string checks, no platform parser, so the same answer holds in the browser and in Node.

export interface Cidr {
  version: 4 | 6;
  /** The address as written (trimmed). */
  address: string;
  /** The prefix length; a bare address means the full length (/32 or /128). */
  prefix: number;
}

function isIpv4(s: string): boolean {
  const parts = s.split('.');
  // Leading zeros are refused: "010" means octal to some tools and decimal to others.
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIpv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return false;
  let groups = s.split(':');
  const last = groups[groups.length - 1];
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two 16-bit groups.
  let tail = 0;
  if (last.includes('.')) {
    if (!isIpv4(last)) return false;
    groups = groups.slice(0, -1).concat(['0', '0']);
    tail = 1;
  }
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  if (doubles === 0) return groups.length === 8 && groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  // With "::", empty pieces come only from the "::" itself (and its ends).
  const [head, rest] = s.split('::');
  const pieces = [head, rest].flatMap((p) => (p === '' ? [] : p.split(':')));
  if (pieces.some((g, i) => !(/^[0-9a-fA-F]{1,4}$/.test(g) || (tail && i === pieces.length - 1 && isIpv4(g))))) return false;
  return pieces.length + tail < 8;
}

/** Parses "192.0.2.0/24", "2001:db8::/32" or a bare address; undefined when it isn't one. */
export function parseCidr(input: string): Cidr | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const [address, prefixText, extra] = text.split('/');
  if (extra !== undefined || !address) return undefined;
  const version = isIpv4(address) ? 4 : isIpv6(address) ? 6 : undefined;
  if (!version) return undefined;
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { version, address, prefix: max };
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= max ? { version, address, prefix } : undefined;
}

export function isValidCidr(input: string): boolean {
  return parseCidr(input) !== undefined;
}

/** True for 0.0.0.0/0 and ::/0 style entries, which let every address of that family in. */
export function isCatchAll(input: string): boolean {
  return parseCidr(input)?.prefix === 0;
}
