// Writes the toolbar/store icons as PNGs with Node built-ins only (zlib for the IDAT stream).
// The motif: a vesicle (a ring with a dot inside) on a rounded square. "off-*" is the greyed
// variant the background shows on sites where ExoCheck is switched off.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const PALETTES = {
  '': { bg: [15, 118, 110], fg: [255, 255, 255] },
  'off-': { bg: [156, 163, 175], fg: [243, 244, 246] },
};
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Coverage of the shape at a point in unit coordinates (0..1): 'bg', 'fg' or null. */
function shapeAt(x, y) {
  const r = 0.2; // corner radius of the square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (d >= 0.25 && d <= 0.36) return 'fg'; // membrane
  if (Math.hypot(x - 0.56, y - 0.44) <= 0.09) return 'fg'; // cargo
  return 'bg';
}

function render(size, palette) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let a = 0;
      let rgb = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const hit = shapeAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
          );
          if (!hit) continue;
          a++;
          rgb = rgb.map((c, i) => c + palette[hit][i]);
        }
      }
      const o = 1 + px * 4;
      if (a > 0) for (let i = 0; i < 3; i++) row[o + i] = Math.round(rgb[i] / a);
      row[o + 3] = Math.round((255 * a) / SAMPLES ** 2);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

mkdirSync(OUT, { recursive: true });
for (const [prefix, palette] of Object.entries(PALETTES)) {
  for (const size of SIZES) {
    const file = join(OUT, `${prefix}${size}.png`);
    writeFileSync(file, render(size, palette));
    console.log(`wrote ${file}`);
  }
}
