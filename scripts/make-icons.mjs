// Draws the Token Lens mark (a magnifying lens over a key-like notch) as PNGs in public/icon/.
// No image tools needed: a signed-distance rasteriser with 4×4 supersampling and zlib.
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const ORANGE = [243, 128, 32];
const INK = [36, 41, 56];
const GLASS = [255, 244, 230];

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a 0..1 square: returns [r,g,b] of the topmost shape covering (x, y), or null.
function shade(x, y) {
  const cx = 0.42, cy = 0.42, r = 0.3, ring = 0.085;
  const d = Math.hypot(x - cx, y - cy);
  // handle: a thick segment from the ring towards the bottom-right corner
  const hx = x - cx, hy = y - cy;
  const t = (hx + hy) / 2;
  const off = Math.abs(hx - hy) / Math.SQRT2;
  const along = t * Math.SQRT2;
  if (along > r && along < 0.78 && off < 0.075) return INK;
  if (d <= r + ring / 2 && d >= r - ring / 2) return ORANGE;
  if (d < r - ring / 2) {
    // a small check mark inside the glass: "verified"
    const u = (x - cx) / r, v = (y - cy) / r;
    const seg = (ax, ay, bx, by) => {
      const px = u - ax, py = v - ay, dx = bx - ax, dy = by - ay;
      const k = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
      return Math.hypot(px - k * dx, py - k * dy);
    };
    if (Math.min(seg(-0.45, 0.02, -0.12, 0.35), seg(-0.12, 0.35, 0.45, -0.28)) < 0.13) return ORANGE;
    return GLASS;
  }
  return null;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const i = (y * size + x) * 4;
      if (a) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; rgba[i + 3] = (255 * a) / (S * S); }
    }
  }
  writeFileSync(`public/icon/${size}.png`, png(size, rgba));
}
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
