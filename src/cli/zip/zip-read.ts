/**
 * Reading a zip package (an .xlsx) entry by entry from its bytes, without unpacking the rest:
 * the central directory lists the entries; an entry is inflated whole (small parts), in chunks
 * (a sheet of 150 MB is never one string), or handed on still compressed (copied as it is).
 */

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated (others make openZip return null). */
  method: number;
  /** General-purpose flags of the central directory record. */
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts in the file. */
  headerOffset: number;
}

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
  void bytes;
  throw new Error("not built yet");
}

/** The entry named `name` (exact, case-sensitive), or undefined. */
export function findEntry(zip: ZipSource, name: string): ZipEntryInfo | undefined {
  return zip.entries.find((e) => e.name === name);
}

/** An entry's content, inflated whole: for small parts (workbook.xml, styles.xml, rels). */
export function entryBytes(zip: ZipSource, entry: ZipEntryInfo): Buffer {
  void zip;
  void entry;
  throw new Error("not built yet");
}

/** An entry's content as UTF-8 text (a BOM dropped). */
export function entryText(zip: ZipSource, entry: ZipEntryInfo): string {
  return entryBytes(zip, entry).toString("utf8").replace(/^\uFEFF/, "");
}

/** An entry's content inflated chunk by chunk (at most ~64 kB each), for parts too large to hold whole. */
export function entryChunks(zip: ZipSource, entry: ZipEntryInfo): AsyncIterable<Buffer> {
  void zip;
  void entry;
  throw new Error("not built yet");
}

/** The entry's data as stored in the file (still compressed), for copying it unchanged. */
export function rawData(zip: ZipSource, entry: ZipEntryInfo): Buffer {
  void zip;
  void entry;
  throw new Error("not built yet");
}
