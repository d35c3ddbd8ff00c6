/**
 * Reading a zip package (an .xlsx) entry by entry from its bytes, without unpacking the rest:
 * the central directory lists the entries; an entry is inflated whole (small parts), in chunks
 * (a sheet of 150 MB is never one string), or handed on still compressed (copied as it is).
 */
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { crc32 } from "./zip-crc";
import { dataOffset, readDirectory, type ZipEntryInfo } from "./zip-directory";
import { STORED } from "./zip-format";

export type { ZipEntryInfo };

export interface ZipSource {
  readonly bytes: Buffer;
  /** In central-directory order. */
  readonly entries: readonly ZipEntryInfo[];
}

/**
 * The package's entries, or null when this reader does not handle it (zip64, encrypted entries,
 * methods other than stored and deflated, a cut-off or damaged directory): callers then take the
 * whole-workbook path.
 */
export function openZip(bytes: Buffer): ZipSource | null {
  const entries = readDirectory(bytes);
  return entries === null ? null : { bytes, entries };
}

/** The entry named `name` (exact, case-sensitive), or undefined. */
export function findEntry(zip: ZipSource, name: string): ZipEntryInfo | undefined {
  return zip.entries.find((e) => e.name === name);
}

/** An entry's content, inflated whole: for small parts (workbook.xml, styles.xml, rels). */
export function entryBytes(zip: ZipSource, entry: ZipEntryInfo): Buffer {
  const raw = rawData(zip, entry);
  let data: Buffer;
  try {
    // One byte over the stated size is enough to know the size is wrong, and keeps a lying entry from filling memory.
    data = entry.method === STORED ? raw : zlib.inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
    throw damaged(entry, tooLarge ? moreThanStated(entry) : (error as Error).message);
  }
  checkContent(entry, data.length, crc32(data));
  return data;
}

/** An entry's content as UTF-8 text (a BOM dropped). */
export function entryText(zip: ZipSource, entry: ZipEntryInfo): string {
  return entryBytes(zip, entry).toString("utf8").replace(/^\uFEFF/, "");
}

/** An entry's content inflated chunk by chunk (at most ~64 kB each), for parts too large to hold whole. */
export function entryChunks(zip: ZipSource, entry: ZipEntryInfo): AsyncIterable<Buffer> {
  return checkedChunks(entry, contentChunks(rawData(zip, entry), entry.method));
}

/** The entry's data as stored in the file (still compressed), for copying it unchanged. */
export function rawData(zip: ZipSource, entry: ZipEntryInfo): Buffer {
  const start = dataOffset(zip.bytes, entry.headerOffset);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

/** The largest piece entryChunks yields. */
export const CHUNK_SIZE = 64 * 1024;

function* slices(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += CHUNK_SIZE) yield data.subarray(at, at + CHUNK_SIZE);
}

/** The entry's content in pieces of at most CHUNK_SIZE, inflated as they are read. */
function contentChunks(raw: Buffer, method: number): AsyncIterable<Buffer> {
  if (method === STORED) return Readable.from(slices(raw), { objectMode: true });
  return Readable.from(slices(raw), { objectMode: true }).pipe(zlib.createInflateRaw({ chunkSize: CHUNK_SIZE }));
}

/** Passes `chunks` on, checking size (as it grows) and CRC (at the end) against the directory. */
async function* checkedChunks(entry: ZipEntryInfo, chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > entry.size) break;
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    throw damaged(entry, (error as Error).message);
  }
  checkContent(entry, size, crc);
}

function checkContent(entry: ZipEntryInfo, size: number, crc: number): void {
  if (size > entry.size) throw damaged(entry, moreThanStated(entry));
  if (size < entry.size) throw damaged(entry, `${size} bytes where its directory states ${entry.size}`);
  if (crc !== entry.crc32) throw damaged(entry, "its content does not match its CRC-32");
}

function moreThanStated(entry: ZipEntryInfo): string {
  return `more bytes than the ${entry.size} its directory states`;
}

function damaged(entry: ZipEntryInfo, why: string): Error {
  return new Error(`The zip entry ${entry.name} is damaged: ${why}.`);
}

/**
 * Checks each entry's content against its size and CRC-32 (inflated chunk by chunk, never held
 * whole), skipping those named in `skip`; throws at the first damaged one. Copied entries go out
 * still compressed and unchecked, so a copy checks them first.
 */
export async function verifyEntries(zip: ZipSource, skip: ReadonlySet<string> = new Set()): Promise<void> {
  for (const entry of zip.entries) {
    if (skip.has(entry.name) || entry.name.endsWith("/")) continue;
    for await (const chunk of entryChunks(zip, entry)) void chunk;
  }
}
