import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { CHUNK_SIZE, entryBytes, entryChunks, entryText, findEntry, openZip, rawData, type ZipSource } from "../../../src/cli/zip/zip-read";
import { tableCrc32 } from "../../../src/cli/zip/zip-crc";
import {
  admZipPackage, archiverPackage, centralAt, jszipPackage, localAt, PARTS, patched, places, textsByJSZip, type Part,
} from "./zip-makers";

const SHEET = "xl/worksheets/sheet1.xml";

function opened(bytes: Buffer): ZipSource {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("openZip returned null");
  return zip;
}

function entry(zip: ZipSource, name: string) {
  const found = findEntry(zip, name);
  if (found === undefined) throw new Error(`no entry ${name}`);
  return found;
}

async function collected(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const all: Buffer[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

const makers: [string, (parts: readonly Part[], comment: string) => Promise<Buffer> | Buffer][] = [
  ["JSZip", jszipPackage],
  ["adm-zip", admZipPackage],
  ["archiver", (parts, comment) => archiverPackage(parts, { comment })],
];

describe.each(makers)("a package written by %s", (_, make) => {
  test("opens with every part's text, stored and deflated, the empty part and the UTF-8 name included", async () => {
    const bytes = await make(PARTS, "Made for a test ✓");
    const zip = opened(bytes);
    expect(zip.entries.map((e) => e.name).sort()).toEqual(PARTS.map((p) => p.name).sort());
    const theirs = await textsByJSZip(bytes);
    for (const part of PARTS) {
      const info = entry(zip, part.name);
      expect(entryText(zip, info)).toBe(part.text);
      expect(theirs.get(part.name)).toBe(part.text);
      expect(Buffer.concat(await collected(entryChunks(zip, info))).toString("utf8")).toBe(part.text);
    }
    expect(entry(zip, "xl/stored.xml").method).toBe(0);
    expect(entry(zip, SHEET).method).toBe(8);
    expect(entry(zip, "xl/empty.xml").size).toBe(0);
  });
});

test("an exceljs workbook opens with every part's text as JSZip reads it", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes"]);
  for (let i = 0; i < 500; i++) sheet.addRow([`Item ${i}`, i, `C-${i}`]);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = opened(bytes);
  const theirs = await textsByJSZip(bytes);
  const files = zip.entries.filter((e) => !e.name.endsWith("/"));
  expect(files.map((e) => e.name).sort()).toEqual([...theirs.keys()].sort());
  for (const info of files) expect(entryText(zip, info)).toBe(theirs.get(info.name));
  expect(entryText(zip, entry(zip, SHEET))).toContain("<v>499</v>");
});

test("the end record is found behind the longest comment, and behind a comment holding its signature", async () => {
  for (const comment of ["c".repeat(0xffff), "PK\u0005\u0006 a fake end record in the comment"]) {
    const zip = opened(await jszipPackage(PARTS, comment));
    expect(entryText(zip, entry(zip, "xl/stored.xml"))).toBe("<stored>kept as it is</stored>");
  }
});

test("entryChunks hands a large part on in several pieces of at most 64 kB", async () => {
  const zip = opened(await jszipPackage(PARTS));
  const chunks = await collected(entryChunks(zip, entry(zip, SHEET)));
  expect(chunks.length).toBeGreaterThan(3);
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(CHUNK_SIZE);
});

test("rawData is the compressed data as it lies in the file", async () => {
  const bytes = await jszipPackage(PARTS);
  const zip = opened(bytes);
  const sheet = entry(zip, SHEET);
  const raw = rawData(zip, sheet);
  expect(raw.length).toBe(sheet.compressedSize);
  expect(zlib.inflateRawSync(raw).toString("utf8")).toBe(PARTS[2].text);
  expect(raw.buffer).toBe(bytes.buffer);
});

describe("openZip says null for what it does not copy", () => {
  let plain: Buffer;
  beforeAll(async () => {
    plain = await jszipPackage(PARTS.filter((p) => p.name.startsWith("xl/") && !p.store));
  });

  test("the unchanged package opens (the cases below are edits of it)", () => {
    expect(openZip(plain)?.entries).toHaveLength(3);
  });

  test("zip64: written by archiver, or marked in the end record or a central record", async () => {
    expect(openZip(await archiverPackage(PARTS, { forceZip64: true }))).toBeNull();
    expect(openZip(patched(plain, (b) => b.writeUInt16LE(0xffff, places(b).end + 10)))).toBeNull();
    expect(openZip(patched(plain, (b) => b.writeUInt32LE(0xffffffff, centralAt(b, SHEET) + 20)))).toBeNull();
  });

  test("an encrypted entry", () => {
    expect(openZip(patched(plain, (b) => b.writeUInt16LE(b.readUInt16LE(centralAt(b, SHEET) + 8) | 1, centralAt(b, SHEET) + 8)))).toBeNull();
  });

  test.each([12, 14])("an entry compressed with method %i", (method) => {
    const edited = patched(plain, (b) => {
      b.writeUInt16LE(method, centralAt(b, SHEET) + 10);
      b.writeUInt16LE(method, localAt(b, SHEET) + 8);
    });
    expect(openZip(edited)).toBeNull();
  });

  test("a file cut off anywhere", () => {
    for (const length of [0, 10, 21, plain.length >> 1, plain.length - 23, plain.length - 1]) {
      expect(openZip(plain.subarray(0, length))).toBeNull();
    }
  });

  test("a directory outside the file, or a local header not where the directory says", () => {
    expect(openZip(patched(plain, (b) => b.writeUInt32LE(b.length, places(b).end + 16)))).toBeNull();
    expect(openZip(patched(plain, (b) => b.writeUInt32LE(localAt(b, SHEET) + 1, centralAt(b, SHEET) + 42)))).toBeNull();
    expect(openZip(patched(plain, (b) => b.writeUInt32LE(0, localAt(b, SHEET))))).toBeNull();
  });

  test("a CP437 name with a letter outside ASCII (an ASCII one opens)", async () => {
    const bytes = await jszipPackage([{ name: "xl/ab.xml", text: "<x/>" }]);
    const [central, local] = [centralAt(bytes, "xl/ab.xml"), localAt(bytes, "xl/ab.xml")];
    const cp437 = patched(bytes, (b) => {
      b[central + 46 + 3] = 0x84;
      b[local + 30 + 3] = 0x84;
    });
    expect(entry(opened(bytes), "xl/ab.xml").flags & 0x800).toBe(0);
    expect(openZip(cp437)).toBeNull();
  });
});

describe("a damaged entry throws an error naming it", () => {
  test("a corrupted byte in deflated data, read whole or in chunks", async () => {
    const bytes = await jszipPackage(PARTS);
    const sheet = entry(opened(bytes), SHEET);
    const corrupted = opened(patched(bytes, (b) => {
      b[localAt(b, SHEET) + 30 + SHEET.length + (sheet.compressedSize >> 1)] ^= 0x55;
    }));
    expect(() => entryBytes(corrupted, entry(corrupted, SHEET))).toThrow(/xl\/worksheets\/sheet1\.xml is damaged/);
    await expect(collected(entryChunks(corrupted, entry(corrupted, SHEET)))).rejects.toThrow(/xl\/worksheets\/sheet1\.xml is damaged/);
  });

  test("a stored part whose content does not match its CRC", async () => {
    const bytes = await jszipPackage(PARTS);
    const zip = opened(patched(bytes, (b) => {
      b[localAt(b, "xl/stored.xml") + 30 + "xl/stored.xml".length + 3] ^= 0x01;
    }));
    expect(() => entryBytes(zip, entry(zip, "xl/stored.xml"))).toThrow("The zip entry xl/stored.xml is damaged: its content does not match its CRC-32.");
    await expect(collected(entryChunks(zip, entry(zip, "xl/stored.xml")))).rejects.toThrow(/xl\/stored\.xml is damaged: its content/);
  });

  test("a part larger or smaller than its directory states", async () => {
    const bytes = await jszipPackage(PARTS);
    const size = entry(opened(bytes), SHEET).size;
    for (const [stated, why] of [[size - 100, "more bytes than"], [size + 100, "bytes where its directory states"]] as const) {
      const zip = opened(patched(bytes, (b) => b.writeUInt32LE(stated, centralAt(b, SHEET) + 24)));
      expect(() => entryBytes(zip, entry(zip, SHEET))).toThrow(why);
      await expect(collected(entryChunks(zip, entry(zip, SHEET)))).rejects.toThrow(why);
    }
  });
});

test("the table CRC-32 (for Node without zlib.crc32) equals zlib's, also continued chunk by chunk", () => {
  const data = randomBytes(100_000);
  const native = (zlib as unknown as { crc32: (d: Buffer, p?: number) => number }).crc32;
  expect(tableCrc32(data)).toBe(native(data));
  expect(tableCrc32(data.subarray(777), tableCrc32(data.subarray(0, 777)))).toBe(native(data));
  expect(tableCrc32(Buffer.from("123456789"))).toBe(0xcbf43926);
});
