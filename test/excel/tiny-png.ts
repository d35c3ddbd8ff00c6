/**
 * Valid PNG pictures for label tests, built by hand from the PNG chunk layout (signature, IHDR,
 * IDAT, IEND, each chunk with its CRC-32): what a barcode renderer hands the sheet, without
 * drawing a barcode (bwip-js's own tests cover the drawing). `padTo` adds a private chunk so a
 * picture weighs what a real barcode does.
 */
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A white `width` × `height` greyscale PNG as base64, at least `padTo` base64 characters long. */
export function tinyPng(width: number, height: number, padTo = 0): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xff);
  for (let r = 0; r < height; r++) rows[r * (width + 1)] = 0; // filter byte: none
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows))];
  const size = parts.reduce((n, p) => n + p.length, 12);
  const padding = Math.max(0, Math.ceil((padTo * 3) / 4) - size - 12);
  if (padding > 0) parts.push(chunk("prVt", Buffer.alloc(padding, 0x20)));
  parts.push(chunk("IEND", Buffer.alloc(0)));
  return Buffer.concat(parts).toString("base64");
}
