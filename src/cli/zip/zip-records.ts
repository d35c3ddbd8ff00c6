/** The records a zip writer puts in the file: local headers, central directory records and the end record. */
import { CENTRAL_SIGNATURE, CENTRAL_SIZE, END_SIGNATURE, END_SIZE, LOCAL_SIGNATURE, LOCAL_SIZE, versionNeeded } from "./zip-format";

/** What the writer knows of an entry it wrote (names as UTF-8 bytes). */
export interface EntryRecord {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** Version made by: 2.0 on MS-DOS, so readers take the external attributes (none) as DOS ones. */
const MADE_BY = 20;

/** Where a local header holds CRC-32, compressed size and size (12 bytes), patched after a streamed part. */
export const LOCAL_SIZES_AT = 14;

/** CRC-32, compressed size and size, as local headers and central records hold them. */
export function sizesField(record: EntryRecord): Buffer {
  const field = Buffer.alloc(12);
  field.writeUInt32LE(record.crc32, 0);
  field.writeUInt32LE(record.compressedSize, 4);
  field.writeUInt32LE(record.size, 8);
  return field;
}

export function localHeader(record: EntryRecord): Buffer {
  const header = Buffer.alloc(LOCAL_SIZE + record.name.length);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(versionNeeded(record.method), 4);
  header.writeUInt16LE(record.flags, 6);
  header.writeUInt16LE(record.method, 8);
  header.writeUInt16LE(record.time, 10);
  header.writeUInt16LE(record.date, 12);
  sizesField(record).copy(header, LOCAL_SIZES_AT);
  header.writeUInt16LE(record.name.length, 26);
  header.writeUInt16LE(0, 28);
  record.name.copy(header, LOCAL_SIZE);
  return header;
}

export function centralRecord(record: EntryRecord): Buffer {
  const central = Buffer.alloc(CENTRAL_SIZE + record.name.length);
  central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  central.writeUInt16LE(MADE_BY, 4);
  central.writeUInt16LE(versionNeeded(record.method), 6);
  central.writeUInt16LE(record.flags, 8);
  central.writeUInt16LE(record.method, 10);
  central.writeUInt16LE(record.time, 12);
  central.writeUInt16LE(record.date, 14);
  sizesField(record).copy(central, 16);
  central.writeUInt16LE(record.name.length, 28);
  // Extra field, comment, disk, internal and external attributes stay 0.
  central.writeUInt32LE(record.headerOffset, 42);
  record.name.copy(central, CENTRAL_SIZE);
  return central;
}

/** The end record of a one-disk zip without a comment. */
export function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}
