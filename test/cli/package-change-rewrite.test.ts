/** The streamed sheet rewriter of the part-by-part .xlsx copy (issue 23 §6), on sheet XML written by hand. */
import fc from "fast-check";
import type { SheetChange } from "../../src/core";
import { rewriteSheet, type SheetRewrite } from "../../src/cli/xlsx-package/sheet-rewrite";
import { TextStyles } from "../../src/cli/xlsx-package/styles-text";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="x"><dimension ref="A1:I6"/><cols><col min="3" max="3" width="12" style="4" customWidth="1"/></cols><sheetData>';
const ROWS = [
  '<row r="1" spans="1:1"><c r="A1" t="s"><v>0</v></c></row>',
  '<row r="2" spans="1:9" ht="30" customHeight="1" hidden="1" x14ac:dyDescent="0.25"><c r="A2" s="1" t="s"><v>1</v></c><c r="B2" s="2"><v>3</v></c><c r="C2" t="inlineStr"><is><t>P-1, P-2, P-3 €𝄞</t></is></c><c r="I2"><v>7</v></c></row>',
  '<row r="3" ht="18"/>',
  '<row r="4"><c r="A4" s="1" t="s"><v>2</v></c><c r="B4" s="2"><v>1</v></c><c r="D4" s="3"/></row>',
  '<row r="6"><c r="I6" t="b"><v>1</v></c></row>',
];
const TAIL = '</sheetData><pageMargins left="0.7" right="0.7"/></worksheet>';
const SHEET = HEAD + ROWS.join("") + TAIL;

const XFS = ['<xf numFmtId="0" fontId="0"/>', '<xf numFmtId="0" fontId="1" applyFont="1"/>', '<xf numFmtId="4" fontId="0"/>', '<xf numFmtId="49" fontId="0"/>', '<xf numFmtId="0" fillId="2"><alignment wrapText="1"/></xf>'];

function layout(change: SheetChange, styles = new TextStyles(XFS)): SheetRewrite {
  return { change, originRow: 1, originColumn: 1, gridWidth: 4, lastRow: 6, asText: (s) => styles.asText(s) };
}

async function run(xml: string, rewrite: SheetRewrite, sizes: readonly number[] = [65536]): Promise<string> {
  const bytes = Buffer.from(xml, "utf8");
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length];
      yield bytes.subarray(at, at + size);
      at += size;
    }
  }
  let out = "";
  for await (const piece of rewriteSheet(chunks(), rewrite)) out += piece;
  return out;
}

const serialize: SheetChange = {
  headerRow: 0,
  inserts: [{ row: 1, count: 2 }],
  deletes: [],
  writes: [
    { row: 1, column: 1, value: 1, asText: false },
    { row: 1, column: 2, value: "P-1", asText: true },
    { row: 2, column: 1, value: 1, asText: false },
    { row: 2, column: 2, value: "P-2 <&>", asText: true },
    { row: 3, column: 1, value: 1, asText: false },
    { row: 3, column: 2, value: "P-3\u0001", asText: true },
  ],
};

describe("rewriteSheet", () => {
  test("serialize: copies below their row hold the grid's columns and the height, rows below move down, cells are written", async () => {
    const out = await run(SHEET, layout(serialize));
    expect(out.startsWith(HEAD.replace('ref="A1:I6"', 'ref="A1:I8"'))).toBe(true);
    expect(out.endsWith(TAIL)).toBe(true);
    const rows = out.slice(HEAD.length, -TAIL.length).match(/<row\b[^>]*?\/>|<row\b[\s\S]*?<\/row>/g);
    expect(rows).toEqual([
      ROWS[0],
      '<row r="2" ht="30" customHeight="1" hidden="1" x14ac:dyDescent="0.25"><c r="A2" s="1" t="s"><v>1</v></c><c r="B2" s="2"><v>1</v></c><c r="C2" s="5" t="inlineStr"><is><t xml:space="preserve">P-1</t></is></c><c r="I2"><v>7</v></c></row>',
      '<row r="3" ht="30" customHeight="1"><c r="A3" s="1" t="s"><v>1</v></c><c r="B3" s="2"><v>1</v></c><c r="C3" s="5" t="inlineStr"><is><t xml:space="preserve">P-2 &lt;&amp;&gt;</t></is></c></row>',
      '<row r="4" ht="30" customHeight="1"><c r="A4" s="1" t="s"><v>1</v></c><c r="B4" s="2"><v>1</v></c><c r="C4" s="5" t="inlineStr"><is><t xml:space="preserve">P-3</t></is></c></row>',
      '<row r="5" ht="18"/>',
      '<row r="6"><c r="A6" s="1" t="s"><v>2</v></c><c r="B6" s="2"><v>1</v></c><c r="D6" s="3"/></row>',
      '<row r="8"><c r="I8" t="b"><v>1</v></c></row>',
    ]);
  });

  test("the text style is a clone of the cell's style with the format @, appended once; a style already @ is kept", async () => {
    const styles = new TextStyles(XFS);
    expect(styles.asText(undefined)).toBe("5");
    expect(styles.asText("0")).toBe("5");
    expect(styles.asText("3")).toBe("3");
    expect(styles.asText("4")).toBe("6");
    expect(styles.asText("4")).toBe("6");
    const xml = `<styleSheet><cellXfs count="5">${XFS.join("")}</cellXfs><cellStyles count="1"/></styleSheet>`;
    expect(styles.stylesWith(xml)).toBe(
      `<styleSheet><cellXfs count="7">${XFS.join("")}<xf numFmtId="49" fontId="0" applyNumberFormat="1"/><xf numFmtId="49" fillId="2" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"/></styleSheet>`,
    );
  });

  test("aggregate: deleted rows go, rows below move up, the dimension ends at the new last row", async () => {
    const change: SheetChange = { headerRow: 0, inserts: [], deletes: [2], writes: [{ row: 1, column: 1, value: 4, asText: false }, { row: 1, column: 3, value: "", asText: false }] };
    const out = await run(SHEET, layout(change));
    expect(out).toContain('<dimension ref="A1:I5"/>');
    expect(out).toContain('<row r="2" ht="30" customHeight="1" hidden="1" x14ac:dyDescent="0.25"><c r="A2" s="1" t="s"><v>1</v></c><c r="B2" s="2"><v>4</v></c><c r="C2" t="inlineStr">');
    expect(out).toContain('<row r="3"><c r="A3" s="1" t="s"><v>2</v></c><c r="B3" s="2"><v>1</v></c><c r="D3" s="3"/></row><row r="5"><c r="I5" t="b"><v>1</v></c></row>');
    expect(out).not.toContain('ht="18"');
  });

  test("an empty write clears the value and keeps the style; a write where the row has no cell adds it in column order, in the column's style", async () => {
    const change: SheetChange = {
      headerRow: 0, inserts: [], deletes: [],
      writes: [{ row: 3, column: 1, value: "", asText: false }, { row: 3, column: 2, value: "N-1", asText: true }, { row: 3, column: 5, value: true, asText: false }, { row: 4, column: 0, value: "new", asText: true }],
    };
    const out = await run(SHEET, layout(change));
    expect(out).toContain('<row r="4"><c r="A4" s="1" t="s"><v>2</v></c><c r="B4" s="2"/><c r="C4" s="5" t="inlineStr"><is><t xml:space="preserve">N-1</t></is></c><c r="D4" s="3"/><c r="F4" t="b"><v>1</v></c></row>');
    expect(out).toContain('<row r="5"><c r="A5" s="6" t="inlineStr"><is><t xml:space="preserve">new</t></is></c></row><row r="6">');
  });

  test("the same output whatever the chunks: one byte at a time, odd sizes, cut inside characters", async () => {
    const whole = await run(SHEET, layout(serialize));
    expect(await run(SHEET, layout(serialize), [1])).toBe(whole);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 }), async (sizes) => (await run(SHEET, layout(serialize), sizes)) === whole),
      { numRuns: 60 },
    );
  });

  test("a sheet cut off before its rows end is an error, not a shorter sheet", async () => {
    await expect(run(HEAD + ROWS[0], layout(serialize))).rejects.toThrow("ends before its rows do");
  });
});
