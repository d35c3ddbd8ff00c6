/**
 * A worksheet's XML streamed through a plan's change, a row at a time (the sheet of a full
 * inventory is over 150 MB and is never held whole): the part before `<sheetData>` copied with
 * its `<dimension>` updated, each `<row>` renumbered, dropped, copied below itself or written,
 * and the part after `</sheetData>` copied.
 */
import { StringDecoder } from "node:string_decoder";
import type { CellEdit, SheetChange } from "../../core";
import { lastRowAfter, RowMoves, writesByRow } from "./row-moves";
import { copyOfRow, renumberRow, writeRow, type CellStyles } from "./sheet-rows";
import { attrOf, startTags } from "./xml-text";

export interface SheetRewrite {
  change: SheetChange;
  /** 1-based sheet row and column of the grid's first cell. */
  originRow: number;
  originColumn: number;
  /** Columns of the grid: copies hold only these. */
  gridWidth: number;
  /** The last `<row r>` of the sheet as read (the dimension's new last row is worked out from it). */
  lastRow: number;
  /** The text style of a written cell (`asText`). */
  asText(s: string | undefined): string;
}

/** About how many characters of XML are handed on at a time. */
const OUT_CHARS = 1 << 16;

/** The changed sheet's XML, in pieces, from the sheet's XML in chunks (split anywhere, even inside a character). */
export async function* rewriteSheet(chunks: AsyncIterable<Buffer>, rewrite: SheetRewrite): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  const rows = new RowWriter(rewrite);
  let buffer = "";
  let state: "head" | "rows" | "tail" = "head";
  for await (const chunk of chunks) {
    buffer += decoder.write(chunk);
    if (state === "head") {
      const head = takeHead(buffer);
      if (head === null) continue;
      rows.begin(head.xml);
      buffer = buffer.slice(head.length);
      state = head.selfClosing ? "tail" : "rows";
      if (head.selfClosing) rows.end("</sheetData>");
    }
    if (state === "rows") {
      const used = rows.take(buffer);
      buffer = buffer.slice(used);
      if (rows.ended) state = "tail";
    }
    if (state === "tail") {
      rows.out.push(buffer);
      buffer = "";
    }
    if (rows.size() >= OUT_CHARS) yield rows.flush();
  }
  buffer += decoder.end();
  if (state !== "tail") throw new Error("the sheet's XML ends before its rows do");
  rows.out.push(buffer);
  yield rows.flush();
}

/** The part up to and including the `<sheetData>` tag, once the buffer holds it. */
function takeHead(buffer: string): { xml: string; length: number; selfClosing: boolean } | null {
  const at = buffer.search(/<sheetData[\s/>]/);
  if (at < 0) return null;
  const close = buffer.indexOf(">", at);
  if (close < 0) return null;
  const tag = buffer.slice(at, close + 1);
  return { xml: buffer.slice(0, close + 1), length: close + 1, selfClosing: tag.endsWith("/>") };
}

/** Carries out the change on the rows as they come, collecting the XML to hand on. */
class RowWriter {
  readonly out: string[] = [];
  ended = false;
  private readonly moves: RowMoves;
  private readonly writes: Map<number, CellEdit[]>;
  private readonly writeRows: number[];
  private nextWrite = 0;
  private styles: CellStyles = { ofNewCell: () => undefined, asText: (s) => this.rewrite.asText(s) };

  constructor(private readonly rewrite: SheetRewrite) {
    this.moves = new RowMoves(rewrite.change, rewrite.originRow);
    this.writes = writesByRow(rewrite.change.writes, rewrite.originRow);
    this.writeRows = [...this.writes.keys()].sort((a, b) => a - b);
  }

  /** Hands on the part before the rows, its dimension updated; learns the columns' styles. */
  begin(head: string): void {
    const last = lastRowAfter(this.rewrite.change, this.rewrite.originRow, this.rewrite.lastRow);
    const xml = head.replace(/(<dimension\b[^>]*?\sref\s*=\s*(["']))(.*?)\2/, (_, open: string, quote: string, ref: string) => `${open}${withLastRow(ref, last)}${quote}`);
    const columns = columnStyles(head.slice(0, head.search(/<sheetData[\s/>]/)));
    this.styles = { ofNewCell: columns, asText: (s) => this.rewrite.asText(s) };
    this.out.push(xml.endsWith("/>") ? `${xml.slice(0, -2).trimEnd()}>` : xml);
  }

  /** Carries out the complete rows at the start of `xml`; returns how many characters it used. */
  take(xml: string): number {
    let at = 0;
    for (;;) {
      const start = xml.indexOf("<", at);
      if (start < 0) return at;
      if (xml.startsWith("</sheetData>", start)) {
        this.end("</sheetData>");
        return start + "</sheetData>".length;
      }
      const end = rowEnd(xml, start);
      if (end < 0) return start;
      this.row(xml.slice(start, end));
      at = end;
    }
  }

  /** Writes what is left of the plan's writes (rows the sheet did not hold) and closes the rows. */
  end(close: string): void {
    this.place(Number.POSITIVE_INFINITY, null);
    this.out.push(close);
    this.ended = true;
  }

  size(): number {
    return this.out.reduce((n, piece) => n + piece.length, 0);
  }

  flush(): string {
    const text = this.out.join("");
    this.out.length = 0;
    return text;
  }

  private row(xml: string): void {
    const from = Number(attrOf(xml.slice(0, xml.indexOf(">") + 1), "r"));
    const move = this.moves.at(from);
    if (move.deleted) return;
    this.place(move.to, move.to === from ? xml : renumberRow(xml, move.to));
    const { originColumn, gridWidth } = this.rewrite;
    for (let k = 1; k <= move.copies; k++) this.place(move.to + k, copyOfRow(xml, move.to + k, originColumn, originColumn + gridWidth - 1));
  }

  /** Hands on row `to` (null: not in the sheet) with its writes, after rows above it that only writes make. */
  private place(to: number, xml: string | null): void {
    const { originColumn } = this.rewrite;
    while (this.nextWrite < this.writeRows.length && this.writeRows[this.nextWrite] < to) {
      const row = this.writeRows[this.nextWrite++];
      this.out.push(writeRow(null, row, this.writes.get(row) ?? [], originColumn, this.styles));
    }
    if (this.writeRows[this.nextWrite] === to) {
      this.out.push(writeRow(xml, to, this.writes.get(to) ?? [], originColumn, this.styles));
      this.nextWrite++;
    } else if (xml !== null) this.out.push(xml);
  }
}

/** Where the `<row>` element starting at `start` ends (after `/>` or `</row>`), or -1 when the buffer does not hold all of it. */
function rowEnd(xml: string, start: number): number {
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0) return -1;
  if (!xml.startsWith("<row", start)) throw new Error(`unexpected XML among the rows: ${xml.slice(start, start + 20)}`);
  if (xml[tagEnd - 1] === "/") return tagEnd + 1;
  const close = xml.indexOf("</row>", tagEnd);
  return close < 0 ? -1 : close + "</row>".length;
}

/** `A1:H100` with its last row made `last` (a single cell becomes a range down to it). */
function withLastRow(ref: string, last: number): string {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return ref;
  return `${m[1]}${m[2]}:${m[3] ?? m[1]}${Math.max(last, Number(m[2]))}`;
}

/** The style a new cell in each column takes: the column's (`<col min max style>`), as exceljs gives it. */
function columnStyles(head: string): (column: number) => string | undefined {
  const cols = startTags(head, "col").map((tag) => ({ min: Number(attrOf(tag, "min")), max: Number(attrOf(tag, "max")), style: attrOf(tag, "style") }));
  return (column) => cols.find((c) => c.min <= column && column <= c.max && c.style !== undefined && c.style !== "0")?.style;
}
