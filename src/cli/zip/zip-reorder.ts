/**
 * A package's entries laid out again in memory in another order, still compressed (nothing
 * inflated): for readers that follow the file's order, such as exceljs's streaming reader.
 */
import { dosTimeOf } from "./zip-directory";
import { FLAG_DEFLATE_OPTIONS, FLAG_UTF8 } from "./zip-format";
import { centralRecord, endRecord, localHeader, type EntryRecord } from "./zip-records";
import { rawData, type ZipSource } from "./zip-read";

/** The package with the entries `first` picks before all others, each group in its old order. */
export function packageInOrder(zip: ZipSource, first: (name: string) => boolean): Buffer {
  const ordered = [...zip.entries.filter((e) => first(e.name)), ...zip.entries.filter((e) => !first(e.name))];
  const parts: Buffer[] = [];
  const records: EntryRecord[] = [];
  let offset = 0;
  for (const entry of ordered) {
    const name = Buffer.from(entry.name, "utf8");
    const flags = (entry.flags & FLAG_DEFLATE_OPTIONS) | (/^[\x20-\x7e]*$/.test(entry.name) ? 0 : FLAG_UTF8);
    const record: EntryRecord = { name, flags, method: entry.method, ...dosTimeOf(zip.bytes, entry.headerOffset), crc32: entry.crc32, compressedSize: entry.compressedSize, size: entry.size, headerOffset: offset };
    const header = localHeader(record);
    const data = rawData(zip, entry);
    parts.push(header, data);
    records.push(record);
    offset += header.length + data.length;
  }
  const directory = Buffer.concat(records.map(centralRecord));
  return Buffer.concat([...parts, directory, endRecord(records.length, directory.length, offset)]);
}
