// Seeded randomness for the fuzz tests: the same seed gives the same inputs, so a failure can be
// replayed (set FUZZ_SEED to explore other seeds; the test names print the one used).
import { crc32Hex } from '../../../lib/token/crc32';

export const SEED = Number(process.env.FUZZ_SEED ?? 0x70ce11);

export type Rng = () => number;

/** mulberry32: small, fast, good enough to spread inputs. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

export const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';

export function fromAlphabet(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

// Code points people (or hostile clipboards) bring: controls, odd spaces, direction marks, lone
// surrogates, combining marks, emoji, other scripts, and plenty of plain ASCII.
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e], [0x20, 0x7e], [0x20, 0x7e], [0x00, 0x1f], [0x7f, 0x9f], [0xa0, 0xff],
  [0x2000, 0x200f], [0x2028, 0x202e], [0xfeff, 0xfeff], [0xd800, 0xdfff], [0x0300, 0x036f],
  [0x1f300, 0x1f6ff], [0x4e00, 0x4e80], [0x0600, 0x06ff], [0xff01, 0xff5e], [0xfff0, 0xffff],
];

export function unicodeText(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pick(rng, RANGES);
    const cp = int(rng, lo, hi);
    // fromCharCode keeps lone surrogates as they are (fromCodePoint would pair nothing either).
    out += cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
  }
  return out;
}

/** A scannable token body: 40 base62 characters and their CRC32, right or wrong. */
export function scannableBody(rng: Rng, checksum: 'right' | 'wrong' | 'upper'): string {
  const body = fromAlphabet(rng, BASE62, 40);
  const crc = crc32Hex(body);
  if (checksum === 'right') return body + crc;
  if (checksum === 'upper') return body + crc.toUpperCase();
  const i = int(rng, 0, 7);
  const other = HEX[(HEX.indexOf(crc[i]) + int(rng, 1, 15)) % 16];
  return body + crc.slice(0, i) + other + crc.slice(i + 1);
}
