/** packageInOrder: the same entries, still compressed, in a new order that JSZip and our reader both read back. */
import JSZip from "jszip";
import { entryText, openZip } from "../../../src/cli/zip/zip-read";
import { packageInOrder } from "../../../src/cli/zip/zip-reorder";

async function exceljsLikePackage(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", "<worksheet>one</worksheet>");
  zip.file("xl/worksheets/sheet2.xml", "<worksheet>two – ü</worksheet>", { compression: "STORE" });
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/Ärger.xml", "<x/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("packageInOrder", () => {
  test("puts the chosen entries first, keeps each group's order, and every entry reads back the same", async () => {
    const source = openZip(await exceljsLikePackage())!;
    const ordered = packageInOrder(source, (name) => !name.startsWith("xl/worksheets/"));
    const again = openZip(ordered);
    expect(again).not.toBeNull();
    // JSZip adds folder entries (`xl/`); only the parts matter here.
    const byOffset = [...again!.entries].sort((a, b) => a.headerOffset - b.headerOffset).map((e) => e.name).filter((name) => !name.endsWith("/"));
    expect(byOffset).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/Ärger.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    for (const entry of again!.entries) {
      const before = source.entries.find((e) => e.name === entry.name)!;
      expect({ method: entry.method, crc32: entry.crc32, compressedSize: entry.compressedSize }).toEqual({ method: before.method, crc32: before.crc32, compressedSize: before.compressedSize });
      expect(entryText(again!, entry)).toBe(entryText(source, before));
    }
    const jszip = await JSZip.loadAsync(ordered);
    expect(await jszip.file("xl/worksheets/sheet2.xml")!.async("string")).toBe("<worksheet>two – ü</worksheet>");
    expect(await jszip.file("xl/Ärger.xml")!.async("string")).toBe("<x/>");
  });
});
