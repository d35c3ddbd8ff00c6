/**
 * Draws the add-in's icons as PNG files in assets/ (run: `npx tsx scripts/draw-icons.ts`).
 *
 * Every shape is placed on a 16 × 16 grid, so its edges fall on whole pixels at every size we
 * write (16, 32, 64, 80, 128): the 16 px ribbon icon stays sharp instead of a blur. The output
 * is deterministic, so re-running the script gives byte-identical files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = readonly [number, number, number, number];
type Shape =
  | { kind: "rect"; x0: number; y0: number; x1: number; y1: number; radius: number; color: Rgba }
  | { kind: "line"; points: readonly [number, number][]; width: number; color: Rgba };

const GREEN: Rgba = [33, 115, 70, 255];
const DARK_GREEN: Rgba = [16, 76, 44, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREY: Rgba = [64, 64, 64, 255];
const BLUE: Rgba = [24, 96, 170, 255];
const RED: Rgba = [196, 43, 28, 255];
const AMBER: Rgba = [232, 160, 0, 255];

const rect = (x0: number, y0: number, x1: number, y1: number, color: Rgba, radius = 0): Shape => ({
  kind: "rect", x0, y0, x1, y1, radius, color,
});
const line = (points: [number, number][], width: number, color: Rgba): Shape => ({
  kind: "line", points, width, color,
});

/** One drawing per icon, in 16-grid units. */
export const icons: Record<string, Shape[]> = {
  // The add-in: a green sheet with three white rows.
  logo: [
    rect(0, 0, 16, 16, GREEN, 3),
    rect(3, 3, 13, 5, WHITE),
    rect(3, 7, 13, 9, WHITE),
    rect(3, 11, 13, 13, WHITE),
  ],
  // Show pane: a window with a green pane docked on the right.
  "show-pane": [
    rect(1, 2, 15, 14, GREY, 1),
    rect(2, 3, 14, 13, WHITE),
    rect(9, 3, 14, 13, GREEN),
    rect(3, 5, 8, 6, GREY),
    rect(3, 8, 8, 9, GREY),
  ],
  // Check: a bold tick.
  check: [line([[2.5, 8.5], [6, 12], [13.5, 4]], 3, GREEN)],
  // Serialize: one pool → an arrow → three separate units.
  serialize: [
    rect(1, 2, 6, 15, DARK_GREEN, 1),
    line([[7, 5.5], [9, 8.5], [7, 11.5]], 2, GREY),
    rect(10, 2, 15, 5, GREEN, 1),
    rect(10, 7, 15, 10, GREEN, 1),
    rect(10, 12, 15, 15, GREEN, 1),
  ],
  // Category summary: a column chart on a baseline.
  summary: [
    rect(1, 14, 15, 15, GREY),
    rect(2, 8, 5, 14, GREEN),
    rect(7, 3, 10, 14, BLUE),
    rect(12, 6, 15, 14, GREEN),
  ],
  // Labels: a green label with a barcode of black bars on white.
  labels: [
    rect(0, 2, 16, 14, GREEN, 2),
    rect(2, 4, 14, 12, WHITE),
    rect(3, 5, 4, 11, GREY),
    rect(5, 5, 7, 11, GREY),
    rect(8, 5, 9, 11, GREY),
    rect(10, 5, 11, 11, GREY),
    rect(12, 5, 13, 11, GREY),
  ],
  // Problem marks: a green sheet of white cells, one marked red and one amber.
  marks: [
    rect(0, 0, 16, 16, GREEN, 2),
    rect(2, 2, 7, 7, RED),
    rect(9, 2, 14, 7, WHITE),
    rect(2, 9, 7, 14, WHITE),
    rect(9, 9, 14, 14, AMBER),
  ],
  // Clear marks: the same sheet, its cells white again, crossed by a grey stroke.
  "clear-marks": [
    rect(0, 0, 16, 16, GREEN, 2),
    rect(2, 2, 7, 7, WHITE),
    rect(9, 2, 14, 7, WHITE),
    rect(2, 9, 7, 14, WHITE),
    rect(9, 9, 14, 14, WHITE),
    line([[3, 13], [13, 3]], 2, GREY),
  ],
};

export const sizes = [16, 32, 64, 80, 128] as const;

/** Signed distance from (x, y) to a rounded rectangle (negative inside). */
function rectDistance(s: Extract<Shape, { kind: "rect" }>, x: number, y: number): number {
  const cx = (s.x0 + s.x1) / 2, cy = (s.y0 + s.y1) / 2;
  const hx = (s.x1 - s.x0) / 2 - s.radius, hy = (s.y1 - s.y0) / 2 - s.radius;
  const dx = Math.abs(x - cx) - hx, dy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - s.radius;
}

function segmentDistance(ax: number, ay: number, bx: number, by: number, x: number, y: number): number {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === "rect") return rectDistance(shape, x, y) <= 0;
  for (let i = 1; i < shape.points.length; i++) {
    const [ax, ay] = shape.points[i - 1]!;
    const [bx, by] = shape.points[i]!;
    if (segmentDistance(ax, ay, bx, by, x, y) <= shape.width / 2) return true;
  }
  return false;
}

/** Renders shapes to straight RGBA with 4 × 4 supersampling per pixel. */
export function render(shapes: Shape[], size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  const unit = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * unit;
          const y = (py + (sy + 0.5) / n) * unit;
          // Painter's order: later shapes cover earlier ones.
          let hit: Rgba | undefined;
          for (const shape of shapes) if (inside(shape, x, y)) hit = shape.color;
          if (hit) {
            const alpha = hit[3] / 255;
            r += hit[0] * alpha; g += hit[1] * alpha; b += hit[2] * alpha; a += alpha;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a); out[i + 1] = Math.round(g / a); out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((a / (n * n)) * 255);
      }
    }
  }
  return out;
}

const crcTable = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes straight RGBA pixels as a PNG (8-bit RGBA, no filtering). */
export function encodePng(rgba: Uint8Array, width: number, height = width): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter set, no interlace
  const stride = width * 4 + 1; // each scanline starts with its filter byte (0: none)
  const scanlines = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    scanlines.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * stride + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const [name, shapes] of Object.entries(icons)) {
    for (const size of sizes) {
      writeFileSync(join(dir, `${name}-${size}.png`), encodePng(render(shapes, size), size));
    }
  }
  console.log(`Wrote ${Object.keys(icons).length * sizes.length} icons to ${dir}`);
}

if (require.main === module) main();
