/**
 * A package with an entry whose content does not match its CRC-32: the part-by-part copy neither
 * fails the run nor copies the damaged entry on; the whole path runs, as it did before the copy
 * existed (its reader does not check CRCs), and the output is its output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isCopyable, packageForCopy } from "../../src/cli/xlsx-package/package-input";
import { openZip, verifyEntries } from "../../src/cli/zip/zip-read";
import { KEPT_MARK, runIn, samePart, snapshot } from "./support/package-books";
import { tempDir } from "./support/workbooks";

const CENTRAL = 0x02014b50;

/** The bytes with `name`'s CRC-32 changed, in its central record and its local header alike. */
function withFlippedCrc(bytes: Buffer, name: string): Buffer {
  const out = Buffer.from(bytes);
  for (let at = out.length - 46; at >= 0; at--) {
    if (out.readUInt32LE(at) !== CENTRAL || out.toString("utf8", at + 46, at + 46 + out.readUInt16LE(at + 28)) !== name) continue;
    const crc = (out.readUInt32LE(at + 16) ^ 0x00010000) >>> 0;
    out.writeUInt32LE(crc, at + 16);
    out.writeUInt32LE(crc, out.readUInt32LE(at + 42) + 14);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

async function writeStock(file: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Stock");
  sheet.addRow(["Name", "Qty", "Codes", "Category", "Income"]);
  sheet.addRow(["Poles", 2, "S-1, S-2", "Skis", 20]);
  sheet.addRow(["Helmet", 1, "H-1", "Helmets", 5]);
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  zip.file("docProps/core.xml", core.replace("?>", `?>${KEPT_MARK}`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a damaged zip entry", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  test.each([
    ["the sheet that changes", "xl/worksheets/sheet1.xml", ["serialize", "--rows", "2"], "change"],
    ["a part copied as it is", "xl/theme/theme1.xml", ["serialize", "--rows", "2"], "change"],
    ["a part copied by the summary", "xl/theme/theme1.xml", ["summary"], "add-sheet"],
    ["the sheet the summary reads", "xl/worksheets/sheet1.xml", ["summary"], "add-sheet"],
  ] as const)("in %s sends the run to the whole path", async (label, entry, [command, ...rest], purpose) => {
    const name = `${label.replace(/\W+/g, "-")}.xlsx`;
    const good = await writeStock(tmp.file(name));
    const bytes = withFlippedCrc(good, entry);
    writeFileSync(tmp.file(name), bytes);
    expect(await packageForCopy(good, undefined, purpose).then(isCopyable)).toBe(true);
    expect(await packageForCopy(bytes, undefined, purpose)).toEqual({ fallback: expect.stringContaining(`${entry} is damaged`) });
    const part = await runIn(tmp.dir, [command, name, ...rest, "--out", `part-${name}`]);
    const whole = await runIn(tmp.dir, [command, name, ...rest, "--out", `whole-${name}`], true);
    expect([part.code, part.stderr]).toEqual([whole.code, whole.stderr]);
    expect(part.code).toBe(0);
    expect(await samePart(tmp.file(name), tmp.file(`part-${name}`), "docProps/core.xml")).toBe(false);
    await expect(verifyEntries(openZip(readFileSync(tmp.file(`part-${name}`)))!)).resolves.toBeUndefined();
    expect(await snapshot(tmp.file(`part-${name}`))).toEqual(await snapshot(tmp.file(`whole-${name}`)));
  });
});
