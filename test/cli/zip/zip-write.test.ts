import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { dosTimeOf } from "../../../src/cli/zip/zip-directory";
import { entryChunks, entryText, findEntry, openZip, rawData, type ZipSource } from "../../../src/cli/zip/zip-read";
import { createZipSink, openZipSink, ZIP_LIMITS } from "../../../src/cli/zip/zip-write";
import { tempDir } from "../support/workbooks";
import { archiverPackage, localAt, PARTS, textsByAdmZip, textsByJSZip, xmlRows } from "./zip-makers";

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.cleanup());

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

async function* inPieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Whether `unzip -t` finds the package sound (true when unzip is not installed: JSZip and adm-zip still read it). */
function unzipTestPasses(file: string): boolean {
  if (spawnSync("which", ["unzip"]).status !== 0) return true;
  const run = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
  return run.status === 0 && run.stdout.includes("No errors detected");
}

async function stockWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const stock = workbook.addWorksheet("Stock");
  stock.addRow(["Name", "Qty", "Codes"]);
  for (let i = 1; i <= 300; i++) stock.addRow([`Item ${i}`, i, `C-${i}`]);
  const counts = workbook.addWorksheet("Counts");
  counts.addRow([12345, 2, 3]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a package copied entry by entry, with parts added whole and streamed", () => {
  const COUNTS = "xl/worksheets/sheet2.xml";
  const APP = "docProps/app.xml";

  async function copyPackage(source: ZipSource, file: string): Promise<Map<string, string>> {
    const sink = await createZipSink(file);
    const expected = new Map<string, string>();
    for (const info of source.entries) {
      const text = entryText(source, info);
      if (info.name === COUNTS) {
        const changed = text.replace("<v>12345</v>", "<v>54321</v>");
        await sink.addStreamed(COUNTS, inPieces(changed, 100));
        expected.set(COUNTS, changed);
      } else if (info.name === APP) {
        await sink.addEntry(APP, Buffer.from(text, "utf8"));
        expected.set(APP, text);
      } else {
        await sink.copyEntry(source, info.name);
        if (!info.name.endsWith("/")) expected.set(info.name, text);
      }
    }
    await sink.addEntry("xl/Grüße.txt", "München");
    expected.set("xl/Grüße.txt", "München");
    await sink.finish();
    return expected;
  }

  test("is read by JSZip, adm-zip, unzip and this reader, every part's text as written", async () => {
    const source = opened(await stockWorkbook());
    const file = temp.file("copy.xlsx");
    const expected = await copyPackage(source, file);
    const bytes = await readFile(file);
    expect(await textsByJSZip(bytes)).toEqual(expected);
    expect(textsByAdmZip(bytes)).toEqual(expected);
    expect(unzipTestPasses(file)).toBe(true);
    const copy = opened(bytes);
    for (const [name, text] of expected) expect(entryText(copy, entry(copy, name))).toBe(text);
    expect(entry(copy, "xl/Grüße.txt").flags & 0x800).toBe(0x800);
    expect(entry(copy, APP).flags & 0x800).toBe(0);
  });

  test("is read by exceljs with every cell equal, the streamed change included", async () => {
    const source = opened(await stockWorkbook());
    const file = temp.file("copy.xlsx");
    await copyPackage(source, file);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(file);
    const stock = workbook.getWorksheet("Stock");
    expect(stock?.rowCount).toBe(301);
    expect(stock?.getRow(1).values).toEqual([undefined, "Name", "Qty", "Codes"]);
    expect(stock?.getRow(301).values).toEqual([undefined, "Item 300", 300, "C-300"]);
    expect(workbook.getWorksheet("Counts")?.getRow(1).values).toEqual([undefined, 54321, 2, 3]);
  });

  test("keeps each copied entry's compressed bytes, CRC, method and time as they were", async () => {
    const sourceBytes = await stockWorkbook();
    const source = opened(sourceBytes);
    const file = temp.file("copy.xlsx");
    await copyPackage(source, file);
    const bytes = await readFile(file);
    const copy = opened(bytes);
    const copied = source.entries.filter((e) => e.name !== COUNTS && e.name !== APP);
    expect(copied.length).toBeGreaterThan(5);
    for (const info of copied) {
      const mine = entry(copy, info.name);
      expect(rawData(copy, mine).equals(rawData(source, info))).toBe(true);
      expect([mine.crc32, mine.method, mine.size]).toEqual([info.crc32, info.method, info.size]);
      expect(dosTimeOf(bytes, mine.headerOffset)).toEqual(dosTimeOf(sourceBytes, info.headerOffset));
    }
    expect(dosTimeOf(bytes, entry(copy, APP).headerOffset)).toEqual({ time: 0, date: 0x21 });
  });
});

test("copying entries written with data descriptors (archiver), stored ones included, writes their sizes in the local headers instead", async () => {
  const source = opened(await archiverPackage(PARTS));
  expect(source.entries.filter((e) => e.flags & 0x8).map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
  const file = temp.file("copied.zip");
  const sink = await createZipSink(file);
  for (const info of source.entries) await sink.copyEntry(source, info.name);
  await sink.finish();
  const bytes = await readFile(file);
  const texts = new Map(PARTS.map((p) => [p.name, p.text]));
  expect(textsByAdmZip(bytes)).toEqual(texts);
  expect(await textsByJSZip(bytes)).toEqual(texts);
  expect(unzipTestPasses(file)).toBe(true);
  const copy = opened(bytes);
  expect(entry(copy, "xl/stored.xml").method).toBe(0);
  for (const info of copy.entries) {
    expect(info.flags & 0x8).toBe(0);
    expect(bytes.readUInt32LE(localAt(bytes, info.name) + 18)).toBe(info.compressedSize);
  }
});

test("addStreamed of 20 MB of XML in 16 kB chunks round-trips, read back in many chunks, sizes in the local header", async () => {
  const xml = xmlRows(300_000);
  expect(xml.length).toBeGreaterThan(20_000_000);
  const file = temp.file("big.zip");
  const sink = await createZipSink(file);
  await sink.addStreamed("xl/worksheets/sheet1.xml", inPieces(xml, 16 * 1024));
  await sink.finish();
  const bytes = await readFile(file);
  const zip = opened(bytes);
  const sheet = entry(zip, "xl/worksheets/sheet1.xml");
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(zip, sheet)) chunks.push(chunk);
  expect(chunks.length).toBeGreaterThan(100);
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(64 * 1024);
  expect(Buffer.concat(chunks).equals(Buffer.from(xml, "utf8"))).toBe(true);
  expect(sheet.flags & 0x8).toBe(0);
  const local = localAt(bytes, sheet.name);
  expect([bytes.readUInt32LE(local + 14), bytes.readUInt32LE(local + 18), bytes.readUInt32LE(local + 22)]).toEqual([sheet.crc32, sheet.compressedSize, sheet.size]);
  expect(unzipTestPasses(file)).toBe(true);
  expect((await textsByJSZip(bytes)).get(sheet.name)?.length).toBe(xml.length);
});

test("addStreamed writes as it goes: the file grows while the chunks are still coming", async () => {
  const file = temp.file("grows.zip");
  const sink = await createZipSink(file);
  const lags: number[] = [];
  async function* incompressible(): AsyncGenerator<Buffer> {
    for (let pulled = 0; pulled < 24 << 20; pulled += 64 << 10) {
      if (pulled >= 8 << 20) lags.push(pulled - statSync(file).size);
      yield randomBytes(64 << 10);
    }
  }
  await sink.addStreamed("random.bin", incompressible());
  await sink.finish();
  expect(lags.length).toBeGreaterThan(100);
  expect(Math.max(...lags)).toBeLessThan(4 << 20);
});

test("a character split between two string chunks is written whole; empty parts are written", async () => {
  const file = temp.file("text.zip");
  const sink = await createZipSink(file);
  await sink.addStreamed("smile.txt", inPieces("a😀b", 2));
  await sink.addStreamed("nothing.txt", inPieces("", 1));
  await sink.addEntry("empty.txt", "");
  await sink.finish();
  expect(await textsByJSZip(await readFile(file))).toEqual(new Map([["smile.txt", "a😀b"], ["nothing.txt", ""], ["empty.txt", ""]]));
});

describe("what a zip without zip64 cannot hold throws", () => {
  test("the limits are 65,534 entries and 4 GB less one byte (all ones means zip64)", () => {
    expect(ZIP_LIMITS).toEqual({ entries: 65_534, bytes: 0xfffffffe });
  });

  test("finish throws for more entries than the limit, and writes as many as it allows", async () => {
    const over = await openZipSink(temp.file("over.zip"), { entries: 3, bytes: ZIP_LIMITS.bytes });
    for (const name of ["a", "b", "c", "d"]) await over.addEntry(name, name);
    await expect(over.finish()).rejects.toThrow("too large for a zip without zip64 (4 entries)");
    await over.abort();
    const within = await openZipSink(temp.file("within.zip"), { entries: 3, bytes: ZIP_LIMITS.bytes });
    for (const name of ["a", "b", "c"]) await within.addEntry(name, name);
    await within.finish();
    expect([...(await textsByJSZip(await readFile(temp.file("within.zip")))).keys()]).toEqual(["a", "b", "c"]);
  });

  test("a part or offset over the byte limit throws, whole or streamed, and the sink stays failed", async () => {
    const whole = await openZipSink(temp.file("whole.zip"), { entries: 10, bytes: 1000 });
    await expect(whole.addEntry("big.bin", randomBytes(2000))).rejects.toThrow("big.bin's size");
    await expect(whole.addEntry("small.txt", "x")).rejects.toThrow("big.bin's size");
    await whole.abort();
    const streamed = await openZipSink(temp.file("streamed.zip"), { entries: 10, bytes: 1000 });
    await expect(streamed.addStreamed("big.bin", (async function* () {
      yield randomBytes(800);
      yield randomBytes(800);
    })())).rejects.toThrow("big.bin");
    await streamed.abort();
  });
});

test("a name written twice throws; abort closes the file", async () => {
  const before = readdirSync("/proc/self/fd").length;
  const sink = await createZipSink(temp.file("twice.zip"));
  expect(readdirSync("/proc/self/fd").length).toBe(before + 1);
  await sink.addEntry("a.xml", "<a/>");
  await expect(sink.addEntry("a.xml", "<b/>")).rejects.toThrow("The zip entry a.xml was already written.");
  await sink.abort();
  expect(readdirSync("/proc/self/fd").length).toBe(before);
});

test("copyEntry of a name the source lacks throws naming it", async () => {
  const source = opened(await stockWorkbook());
  const sink = await createZipSink(temp.file("missing.zip"));
  await expect(sink.copyEntry(source, "xl/missing.xml")).rejects.toThrow("The zip entry xl/missing.xml is not in the package being copied.");
  await sink.abort();
});
