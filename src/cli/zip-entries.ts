/** The zip's central directory, read just far enough to know the order of its entries. */
import { CENTRAL_SIGNATURE, END_SEARCH, END_SIGNATURE as EOCD_SIGNATURE } from "./zip/zip-format";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
}

export const ENTRY_SIGNATURE = CENTRAL_SIGNATURE;
/** The end record is 22 bytes plus a comment of at most 65,535. */
export const EOCD_SEARCH = END_SEARCH;

/**
 * The package's entry names in the order their data lies in the file (by local header
 * offset), or null when the central directory cannot be read here (zip64, cut off): callers
 * then make no assumption about the order.
 */
export function entriesInFileOrder(bytes: Buffer): ZipEntry[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (at === 0xffffffff || count === 0xffff) return null;
  const entries: (ZipEntry & { offset: number })[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    entries.push({ name, method: bytes.readUInt16LE(at + 10), offset: bytes.readUInt32LE(at + 42) });
    at += 46 + skip;
  }
  return entries.sort((a, b) => a.offset - b.offset).map(({ name, method }) => ({ name, method }));
}

/** Where the zip's end record starts in `bytes` (the file, or its last EOCD_SEARCH bytes), or -1. */
export function findEndRecord(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Whether exceljs's streaming reader can be trusted with this package. It names the sheets it
 * emits from `xl/workbook.xml`; exceljs (and JSZip) write that part last, which works while the
 * parts are deflated, but with stored parts (zip method 0) the reader at times ends before the
 * last part and fails ("reading 'sheets'"). Such packages are loaded whole instead.
 */
export function streamable(bytes: Buffer): boolean {
  const entries = entriesInFileOrder(bytes);
  if (entries === null) return true;
  const workbook = entries.findIndex((e) => e.name === "xl/workbook.xml");
  const firstSheet = entries.findIndex((e) => SHEET.test(e.name));
  if (workbook >= 0 && (firstSheet < 0 || workbook < firstSheet)) return true;
  return !entries.some((e) => e.method === 0 && !e.name.endsWith("/"));
}
