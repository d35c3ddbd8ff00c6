/**
 * Writing a zip package to a file entry by entry: entries copied from another package still
 * compressed (their bytes, CRC and sizes as they were), small parts added whole, and large parts
 * deflated as their chunks arrive (never held whole). Entries lie in the order they are added.
 *
 * A streamed part's local header is written with zero sizes and patched in place once the part
 * is done: no data descriptor (which streaming readers of stored parts trip on) and no buffering
 * of the compressed part. New parts carry 1980-01-01 00:00, as Excel writes its own parts, so
 * the same input gives the same bytes; copied parts keep their time.
 */
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { crc32 } from "./zip-crc";
import { dosTimeOf } from "./zip-directory";
import { FileOut } from "./zip-file-out";
import { DEFLATED, DOS_DATE_1980, DOS_TIME_MIDNIGHT, FLAG_DEFLATE_OPTIONS, FLAG_UTF8, MARK_16, MARK_32 } from "./zip-format";
import { centralRecord, endRecord, type EntryRecord, LOCAL_SIZES_AT, localHeader, sizesField } from "./zip-records";
import { findEntry, rawData, type ZipSource } from "./zip-read";
import { utf8Pieces } from "./utf8-pieces";

export interface ZipSink {
  /** Copies `name` from `zip` unchanged (compressed data, CRC, sizes, method, modification time). */
  copyEntry(zip: ZipSource, name: string): Promise<void>;
  /** Adds a part held whole (deflated). */
  addEntry(name: string, data: string | Buffer): Promise<void>;
  /** Adds a part deflated chunk by chunk as `chunks` yields them (strings as UTF-8). */
  addStreamed(name: string, chunks: AsyncIterable<string | Buffer>): Promise<void>;
  /** Writes the central directory and closes the file. A package over 65,534 entries or with a size or offset of 4 GB throws (no zip64). */
  finish(): Promise<void>;
  /** Closes the file after a failure (the caller removes it). */
  abort(): Promise<void>;
}

/** How much a package may hold: entries, and bytes for any size or offset. */
export interface ZipLimits {
  entries: number;
  bytes: number;
}

/** Without zip64 a count reaches 65,534 and a size or offset 4 GB less one byte (the all-ones values mean "see zip64"). */
export const ZIP_LIMITS: ZipLimits = { entries: MARK_16 - 1, bytes: MARK_32 - 1 };

/**
 * zlib's default. On a generated 218 MB sheet (1,048,575 rows, 2 shared cores under load) level 1
 * took 0.8 s for 36.7 MB, level 3 1.5 s for 31.8 MB, level 6 3.4 s for 28.7 MB, level 9 16.8 s
 * for 27.7 MB: seconds against a run of a minute, for a file a quarter smaller.
 */
const LEVEL = 6;
const DEFLATE_CHUNK = 64 * 1024;

/** Opens `file` (created or truncated) for writing a package. */
export async function createZipSink(file: string): Promise<ZipSink> {
  return openZipSink(file, ZIP_LIMITS);
}

/** createZipSink with other limits (tests reach them without writing 4 GB). */
export async function openZipSink(file: string, limits: ZipLimits): Promise<ZipSink> {
  return new PackageSink(await FileOut.create(file), limits);
}

function tooLarge(what: string): Error {
  return new Error(`The package would be too large for a zip without zip64 (${what}); it was not written.`);
}

class PackageSink implements ZipSink {
  private readonly records: EntryRecord[] = [];
  private readonly names = new Set<string>();
  private failed: unknown;

  constructor(private readonly out: FileOut, private readonly limits: ZipLimits) {}

  copyEntry(zip: ZipSource, name: string): Promise<void> {
    return this.guarded(async () => {
      const entry = findEntry(zip, name);
      if (entry === undefined) throw new Error(`The zip entry ${name} is not in the package being copied.`);
      const { time, date } = dosTimeOf(zip.bytes, entry.headerOffset);
      const record = this.begin(name, entry.method, entry.flags & FLAG_DEFLATE_OPTIONS, time, date);
      await this.put({ ...record, crc32: entry.crc32, compressedSize: entry.compressedSize, size: entry.size }, rawData(zip, entry));
    });
  }

  addEntry(name: string, data: string | Buffer): Promise<void> {
    return this.guarded(async () => {
      const content = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      const record = this.begin(name, DEFLATED, 0, DOS_TIME_MIDNIGHT, DOS_DATE_1980);
      const compressed = zlib.deflateRawSync(content, { level: LEVEL });
      await this.put({ ...record, crc32: crc32(content), compressedSize: compressed.length, size: content.length }, compressed);
    });
  }

  addStreamed(name: string, chunks: AsyncIterable<string | Buffer>): Promise<void> {
    return this.guarded(async () => {
      const record = this.begin(name, DEFLATED, 0, DOS_TIME_MIDNIGHT, DOS_DATE_1980);
      await this.out.write(localHeader(record));
      await pipeline(this.counted(record, chunks), zlib.createDeflateRaw({ level: LEVEL, chunkSize: DEFLATE_CHUNK }), async (compressed: AsyncIterable<Buffer>) => {
        for await (const chunk of compressed) {
          record.compressedSize += chunk.length;
          if (record.compressedSize > this.limits.bytes) throw tooLarge(`${name} compressed`);
          await this.out.write(chunk);
        }
      });
      await this.out.writeAt(record.headerOffset + LOCAL_SIZES_AT, sizesField(record));
      this.records.push(record);
    });
  }

  finish(): Promise<void> {
    return this.guarded(async () => {
      if (this.records.length > this.limits.entries) throw tooLarge(`${this.records.length} entries`);
      const start = this.out.offset;
      if (start > this.limits.bytes) throw tooLarge("the central directory's offset");
      for (const record of this.records) await this.out.write(centralRecord(record));
      if (this.out.offset - start > this.limits.bytes) throw tooLarge("the central directory's size");
      await this.out.write(endRecord(this.records.length, this.out.offset - start, start));
      await this.out.close();
    });
  }

  abort(): Promise<void> {
    return this.out.abort();
  }

  /** Runs a step; after one failed, every later step fails with that error (the package is incomplete). */
  private async guarded(step: () => Promise<void>): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    try {
      await step();
    } catch (error) {
      this.failed = error;
      throw error;
    }
  }

  /** A record for a new entry at the current offset, its sizes still 0. */
  private begin(name: string, method: number, flags: number, time: number, date: number): EntryRecord {
    if (this.names.has(name)) throw new Error(`The zip entry ${name} was already written.`);
    const bytes = Buffer.from(name, "utf8");
    if (bytes.length > MARK_16) throw new Error(`The zip entry name ${name.slice(0, 60)}… is too long.`);
    if (this.out.offset > this.limits.bytes) throw tooLarge(`the offset of ${name}`);
    this.names.add(name);
    const utf8 = bytes.length === name.length ? 0 : FLAG_UTF8;
    return { name: bytes, flags: flags | utf8, method, time, date, crc32: 0, compressedSize: 0, size: 0, headerOffset: this.out.offset };
  }

  private async put(record: EntryRecord, data: Buffer): Promise<void> {
    if (record.size > this.limits.bytes || record.compressedSize > this.limits.bytes) throw tooLarge(`${record.name.toString("utf8")}'s size`);
    await this.out.write(localHeader(record));
    await this.out.write(data);
    this.records.push(record);
  }

  /** `chunks` as UTF-8 bytes, adding each one's length and CRC-32 to `record` as it passes. */
  private async *counted(record: EntryRecord, chunks: AsyncIterable<string | Buffer>): AsyncGenerator<Buffer> {
    for await (const piece of utf8Pieces(chunks)) {
      record.size += piece.length;
      if (record.size > this.limits.bytes) throw tooLarge(`${record.name.toString("utf8")}'s size`);
      record.crc32 = crc32(piece, record.crc32);
      yield piece;
    }
  }
}
