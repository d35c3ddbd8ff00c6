/** Zip packages made by other libraries (the independent writers and readers the tests compare with). */
import { PassThrough } from "node:stream";
import AdmZip from "adm-zip";
import JSZip from "jszip";

interface ArchiverEntry {
  name: string;
  store?: boolean;
}

interface Archiver {
  append(data: Buffer | string, entry: ArchiverEntry): void;
  pipe(to: NodeJS.WritableStream): void;
  finalize(): Promise<void>;
  on(event: "error", listener: (error: Error) => void): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- archiver (exceljs's zip writer) ships no types
const archiver = require("archiver") as (format: "zip", options: { comment?: string; forceZip64?: boolean; zlib?: { level: number } }) => Archiver;

/** A part to put in a test package: its name, content and whether it is stored (method 0). */
export interface Part {
  name: string;
  text: string;
  store?: boolean;
}

/** Text long and repetitive enough to deflate well, and to need several inflate chunks. */
export function xmlRows(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="str"><v>Item ${i * 7919}</v></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8"?><sheetData>${lines.join("")}</sheetData>`;
}

export const PARTS: readonly Part[] = [
  { name: "[Content_Types].xml", text: '<?xml version="1.0"?><Types/>' },
  { name: "xl/stored.xml", text: "<stored>kept as it is</stored>", store: true },
  { name: "xl/worksheets/sheet1.xml", text: xmlRows(5000) },
  { name: "xl/empty.xml", text: "" },
  { name: "xl/media/Käse – ß.txt", text: "Grüße, 東京" },
];

export async function jszipPackage(parts: readonly Part[], comment?: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const part of parts) zip.file(part.name, part.text, { compression: part.store ? "STORE" : "DEFLATE", createFolders: false });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", comment });
}

export function admZipPackage(parts: readonly Part[], comment?: string): Buffer {
  const zip = new AdmZip();
  for (const part of parts) {
    const entry = zip.addFile(part.name, Buffer.from(part.text, "utf8"));
    if (part.store) entry.header.method = 0;
  }
  if (comment !== undefined) zip.addZipComment(comment);
  return zip.toBuffer();
}

export async function archiverPackage(parts: readonly Part[], options: { comment?: string; forceZip64?: boolean } = {}): Promise<Buffer> {
  const archive = archiver("zip", { ...options, zlib: { level: 6 } });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    archive.on("error", reject);
  });
  archive.pipe(out);
  for (const part of parts) archive.append(Buffer.from(part.text, "utf8"), { name: part.name, store: part.store });
  await archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** Every entry's text as JSZip reads it (directories left out). */
export async function textsByJSZip(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) texts.set(file.name, await file.async("string"));
  return texts;
}

/** Every entry's text as adm-zip reads it. */
export function textsByAdmZip(bytes: Buffer): Map<string, string> {
  const zip = new AdmZip(bytes);
  return new Map(zip.getEntries().filter((e) => !e.isDirectory).map((e) => [e.entryName, e.getData().toString("utf8")]));
}

/** Where the end record and the first central record of `bytes` are (a package without a comment). */
export function places(bytes: Buffer): { end: number; directory: number } {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  return { end, directory: bytes.readUInt32LE(end + 16) };
}

/** A copy of `bytes` changed by `edit`. */
export function patched(bytes: Buffer, edit: (copy: Buffer) => void): Buffer {
  const copy = Buffer.from(bytes);
  edit(copy);
  return copy;
}

/** Where the central record of `name` starts (walking the directory with no help from the reader under test). */
export function centralAt(bytes: Buffer, name: string): number {
  let at = places(bytes).directory;
  while (bytes.readUInt32LE(at) === 0x02014b50) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString("utf8", at + 46, at + 46 + nameLength) === name) return at;
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  throw new Error(`no central record for ${name}`);
}

/** Where the local header of `name` starts, as its central record says. */
export function localAt(bytes: Buffer, name: string): number {
  return bytes.readUInt32LE(centralAt(bytes, name) + 42);
}
