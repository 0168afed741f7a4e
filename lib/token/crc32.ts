// CRC-32 (IEEE: zlib, PNG, Ethernet). Cloudflare's scannable tokens end in the CRC-32 of their
// 40-character body as 8 lowercase hex digits, as Cloudflare's changelog of 2026-04-14 states
// (docs/cloudflare-tokens.md §checksum).
const TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of the text's char codes (callers pass ASCII only, so char code = byte). */
export function crc32(text: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = TABLE[(c ^ text.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A cfut_ / cfat_ / cfk_ value whose check digits match: nothing about it is a guess. */
export function isWholeScannable(text: string): boolean {
  const m = /^cf(?:ut|at|k)_([A-Za-z0-9]{40})([0-9a-f]{8})$/.exec(text);
  return m !== null && crc32Hex(m[1]) === m[2];
}

/** Always 8 digits: a checksum with leading zeros keeps them. */
export function crc32Hex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
