/**
 * CRC-32 (the zip polynomial) of bytes, continued from an earlier value so a part can be
 * checked chunk by chunk. zlib.crc32 does it natively from Node 20.15; older Node 20 releases
 * (the project's engines say >= 20) get the table version.
 */
import zlib from "node:zlib";

type Crc32 = (data: Buffer, previous?: number) => number;

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table !== undefined) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** The table-driven CRC-32, for Node releases without zlib.crc32. */
export function tableCrc32(data: Buffer, previous = 0): number {
  const t = crcTable();
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const native = (zlib as { crc32?: Crc32 }).crc32;

/** CRC-32 of `data`, continuing `previous` (0 to start). */
export const crc32: Crc32 = native === undefined ? tableCrc32 : (data, previous = 0) => native(data, previous);
