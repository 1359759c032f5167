// Draws the toolbar icon (a lens over a rising bar chart) as PNGs at the sizes the stores want. Run it when the
// design changes: `node scripts/make-icons.mjs`. Pure Node, so no image tool is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'extension', 'public', 'icon');
mkdirSync(out, { recursive: true });

const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];

/** Colour at (x, y) in a 1 × 1 square, or null for transparent. */
function shade(x, y) {
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const lx = 0.44;
  const ly = 0.44;
  const d = Math.hypot(x - lx, y - ly);
  if (d > 0.22 && d < 0.3) return WHITE; // the lens ring
  // the handle, from the ring's lower right towards the corner
  const t = (x - lx + (y - ly)) / 2;
  const off = Math.abs(x - lx - (y - ly)) / Math.SQRT2;
  if (t > 0.2 && t < 0.4 && off < 0.055) return WHITE;
  // three rising bars inside the lens
  const bars = [
    [0.33, 0.4, 0.52],
    [0.41, 0.48, 0.45],
    [0.49, 0.56, 0.37],
  ];
  for (const [x0, x1, top] of bars) if (x >= x0 && x <= x1 && y >= top && y <= 0.56) return WHITE;
  return TEAL;
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const n = ss * ss;
      const covered = a / 255 || 1;
      const i = py * (size * 4 + 1) + 1 + px * 4;
      raw[i] = Math.round(r / covered);
      raw[i + 1] = Math.round(g / covered);
      raw[i + 2] = Math.round(b / covered);
      raw[i + 3] = Math.round(a / n);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `${size}.png`), png(size));
console.log(`icons written to ${out}`);
