/**
 * The central directory of a zip held in memory, checked against the local headers it points
 * to. Anything this project does not copy part by part (zip64, split archives, encryption,
 * methods other than stored and deflated, names that are neither UTF-8 nor ASCII, entries
 * whose local header disagrees with the directory) makes the whole directory null.
 */
import {
  CENTRAL_SIGNATURE, CENTRAL_SIZE, DEFLATED, END_SEARCH, END_SIGNATURE, END_SIZE, FLAG_ENCRYPTED, FLAG_UTF8,
  LOCAL_SIGNATURE, LOCAL_SIZE, MARK_16, MARK_32, STORED, ZIP64_LOCATOR_SIGNATURE, ZIP64_LOCATOR_SIZE,
} from "./zip-format";

/** One entry of the central directory (zip-read.ts exports it). */
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

/** Where the end record starts: the last one whose comment reaches exactly the end of the file, or -1. */
export function endRecordAt(bytes: Buffer): number {
  for (let at = bytes.length - END_SIZE; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE && at + END_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return -1;
}

/** Where the central directory lies and how many records it holds, or null (zip64, split, outside the file). */
function directoryPlace(bytes: Buffer): { start: number; end: number; count: number } | null {
  const end = endRecordAt(bytes);
  if (end < 0) return null;
  if (end >= ZIP64_LOCATOR_SIZE && bytes.readUInt32LE(end - ZIP64_LOCATOR_SIZE) === ZIP64_LOCATOR_SIGNATURE) return null;
  const disk = bytes.readUInt16LE(end + 4);
  const directoryDisk = bytes.readUInt16LE(end + 6);
  const onDisk = bytes.readUInt16LE(end + 8);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count || count === MARK_16) return null;
  if (size === MARK_32 || start === MARK_32 || start + size > end) return null;
  return { start, end: start + size, count };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The name as UTF-8 (flag bit 11) or ASCII; undefined for invalid UTF-8 or non-ASCII CP437. */
function decodeName(raw: Buffer, flags: number): string | undefined {
  if (flags & FLAG_UTF8) {
    try {
      return utf8.decode(raw);
    } catch {
      return undefined;
    }
  }
  return raw.every((b) => b < 0x80) ? raw.toString("latin1") : undefined;
}

/** Where the entry's data starts: after its local header's own name and extra field. */
export function dataOffset(bytes: Buffer, headerOffset: number): number {
  return headerOffset + LOCAL_SIZE + bytes.readUInt16LE(headerOffset + 26) + bytes.readUInt16LE(headerOffset + 28);
}

/** The MS-DOS modification time and date the entry's local header carries. */
export function dosTimeOf(bytes: Buffer, headerOffset: number): { time: number; date: number } {
  return { time: bytes.readUInt16LE(headerOffset + 10), date: bytes.readUInt16LE(headerOffset + 12) };
}

/** Whether the local header at `at` is where the directory says: same name and method, data inside `limit`. */
function localAgrees(bytes: Buffer, at: number, rawName: Buffer, entry: ZipEntryInfo, limit: number): boolean {
  if (at + LOCAL_SIZE > limit || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return false;
  if (bytes.readUInt16LE(at + 8) !== entry.method) return false;
  const nameLength = bytes.readUInt16LE(at + 26);
  if (at + LOCAL_SIZE + nameLength > limit || !bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength).equals(rawName)) return false;
  return dataOffset(bytes, at) + entry.compressedSize <= limit;
}

/** The central record at `at` as an entry with the record's length, or null when this reader does not take it. */
function readRecord(bytes: Buffer, at: number, limit: number): { entry: ZipEntryInfo; length: number } | null {
  if (at + CENTRAL_SIZE > limit || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
  const flags = bytes.readUInt16LE(at + 8);
  const method = bytes.readUInt16LE(at + 10);
  const nameLength = bytes.readUInt16LE(at + 28);
  const length = CENTRAL_SIZE + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  if (at + length > limit || flags & FLAG_ENCRYPTED || (method !== STORED && method !== DEFLATED)) return null;
  const rawName = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const name = decodeName(rawName, flags);
  const entry: ZipEntryInfo = {
    name: name ?? "",
    method,
    flags,
    crc32: bytes.readUInt32LE(at + 16),
    compressedSize: bytes.readUInt32LE(at + 20),
    size: bytes.readUInt32LE(at + 24),
    headerOffset: bytes.readUInt32LE(at + 42),
  };
  if (name === undefined || bytes.readUInt16LE(at + 34) !== 0) return null;
  if (entry.compressedSize === MARK_32 || entry.size === MARK_32 || entry.headerOffset === MARK_32) return null;
  if (method === STORED && entry.compressedSize !== entry.size) return null;
  return { entry, length };
}

/**
 * The entries in central-directory order, or null. Local headers must lie before the directory,
 * agree with it, and each name may occur once (two parts of one name would make the copy ambiguous).
 */
export function readDirectory(bytes: Buffer): ZipEntryInfo[] | null {
  const place = directoryPlace(bytes);
  if (place === null) return null;
  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  let at = place.start;
  for (let i = 0; i < place.count; i++) {
    const record = readRecord(bytes, at, place.end);
    if (record === null || names.has(record.entry.name)) return null;
    const rawName = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + bytes.readUInt16LE(at + 28));
    if (!localAgrees(bytes, record.entry.headerOffset, rawName, record.entry, place.start)) return null;
    names.add(record.entry.name);
    entries.push(record.entry);
    at += record.length;
  }
  return entries;
}
