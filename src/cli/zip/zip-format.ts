/**
 * The fixed facts of the zip format (PKWARE's APPNOTE) that the reader and the writer share:
 * record signatures, record sizes, the flag bits we look at, and the limits of a zip without
 * zip64 extensions.
 */

export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const END_SIGNATURE = 0x06054b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

/** Fixed part of a local file header (name and extra field follow). */
export const LOCAL_SIZE = 30;
/** Fixed part of a central directory record (name, extra field and comment follow). */
export const CENTRAL_SIZE = 46;
/** The end record without its comment. */
export const END_SIZE = 22;
/** The end record with the longest comment it can carry. */
export const END_SEARCH = END_SIZE + 0xffff;
export const ZIP64_LOCATOR_SIZE = 20;

export const FLAG_ENCRYPTED = 0x0001;
/** Deflate's compression-option bits (informative only). */
export const FLAG_DEFLATE_OPTIONS = 0x0006;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;

export const STORED = 0;
export const DEFLATED = 8;

/**
 * In a zip without zip64 these values mean "look in the zip64 record": a 32-bit size or offset
 * can be at most one less, and a count at most 65,534.
 */
export const MARK_32 = 0xffffffff;
export const MARK_16 = 0xffff;

/** MS-DOS date 1980-01-01 and time 00:00:00, what Excel itself writes on every part. */
export const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
export const DOS_TIME_MIDNIGHT = 0;

/** Deflate needs version 2.0 of the format; stored entries 1.0. */
export function versionNeeded(method: number): number {
  return method === DEFLATED ? 20 : 10;
}
