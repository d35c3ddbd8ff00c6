/**
 * Writing a zip package to a file entry by entry: entries copied from another package still
 * compressed (their bytes, CRC and sizes as they were), small parts added whole, and large parts
 * deflated as their chunks arrive (never held whole). Entries lie in the order they are added.
 */
import type { ZipSource } from "./zip-read";

export interface ZipSink {
  /** Copies `name` from `zip` unchanged (compressed data, CRC, sizes, method, modification time). */
  copyEntry(zip: ZipSource, name: string): Promise<void>;
  /** Adds a part held whole (deflated). */
  addEntry(name: string, data: string | Buffer): Promise<void>;
  /** Adds a part deflated chunk by chunk as `chunks` yields them (strings as UTF-8). */
  addStreamed(name: string, chunks: AsyncIterable<string | Buffer>): Promise<void>;
  /** Writes the central directory and closes the file. A package over 4 GB or 65,535 entries throws (no zip64). */
  finish(): Promise<void>;
  /** Closes the file after a failure (the caller removes it). */
  abort(): Promise<void>;
}

/** Opens `file` (created or truncated) for writing a package. */
export async function createZipSink(file: string): Promise<ZipSink> {
  void file;
  throw new Error("not built yet");
}
