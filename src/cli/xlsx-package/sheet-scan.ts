/**
 * A worksheet's XML scanned in chunks (never whole) for what the part-by-part copy cannot carry
 * along the way the whole-workbook path does: formulas, and on the sheet that changes anything
 * anchored to its rows (merged cells, validation, conditional formats, links, filters, drawings…).
 */
import { StringDecoder } from "node:string_decoder";
import type { NotCopyable } from "./package-types";
import { attrOf } from "./xml-text";

/** Elements of a sheet that follow its rows (or that exceljs rewrites), by their XML names. */
const ANCHORED: Record<string, string> = {
  mergeCells: "merged cells",
  dataValidations: "data validation",
  conditionalFormatting: "conditional formats",
  hyperlinks: "hyperlinks",
  autoFilter: "a filter",
  sortState: "a sort state",
  rowBreaks: "page breaks",
  drawing: "drawings",
  legacyDrawing: "notes or drawings",
  legacyDrawingHF: "header pictures",
  tableParts: "Excel tables",
  oleObjects: "embedded objects",
  controls: "form controls",
  protectedRanges: "protected ranges",
  ignoredErrors: "ignored errors",
  scenarios: "scenarios",
  cellWatches: "cell watches",
  smartTags: "smart tags",
  customSheetViews: "custom views",
  extLst: "extensions (x14 formats or validation)",
  f: "formulas",
};

const ANCHORED_TAG = new RegExp(`<(${Object.keys(ANCHORED).join("|")})[\\s/>]`, "g");
const FORMULA_TAG = /<(?:\w+:)?f[\s/>]/;
const PREFIXED_ROOT = /<\w+:worksheet[\s>]/;
// A processing instruction other than the XML declaration (`<?xml …?>`, which leads every part).
const OPAQUE = /<!--|<!\[CDATA\[|<\?(?!xml[\s?])/;
const ROW_TAG = /<row\b[^>]*>/g;
/** A cell whose start tag has no `r="A1"`-like address. */
const CELL_WITHOUT_REF = /<c(?=[\s/>])(?![^>]*?\sr\s*=\s*(["'])[A-Z]{1,3}[1-9]\d*\1)/;

/** What the scan of the sheet that changes found: its last row, or why it cannot be copied part by part. */
export type SheetScan = { lastRow: number } | NotCopyable;

/**
 * Scans the sheet that changes: none of ANCHORED (but those in `allowed`, which the caller knows
 * are harmless here), rows numbered in order with no row style, every cell addressed.
 */
export async function scanChangedSheet(chunks: AsyncIterable<Buffer>, allowed: ReadonlySet<string> = new Set()): Promise<SheetScan> {
  const state = { lastRow: 0, sheetData: false };
  const found = await eachSegment(chunks, (text) => {
    if (PREFIXED_ROOT.test(text)) return "a namespace prefix on the sheet's elements";
    // The rewriter reads rows and cells as tags: a comment, CDATA or processing instruction could hold text that looks like one.
    if (OPAQUE.test(text)) return "XML comments, CDATA or processing instructions in the sheet";
    const anchored = [...text.matchAll(ANCHORED_TAG)].find((m) => !allowed.has(m[1]));
    if (anchored) return `the sheet has ${ANCHORED[anchored[1]]}`;
    state.sheetData ||= /<sheetData[\s/>]/.test(text);
    return rowsProblem(text, state) ?? cellsProblem(text);
  });
  if (found) return { fallback: found };
  if (!state.sheetData) return { fallback: "the sheet has no <sheetData>" };
  return { lastRow: state.lastRow };
}

/** Whether another sheet holds formulas (they could point into the rows that move). */
export async function scanOtherSheet(chunks: AsyncIterable<Buffer>, name: string): Promise<NotCopyable | null> {
  const found = await eachSegment(chunks, (text) => (FORMULA_TAG.test(text) ? `sheet part ${name} has formulas` : null));
  return found ? { fallback: found } : null;
}

function rowsProblem(text: string, state: { lastRow: number }): string | null {
  ROW_TAG.lastIndex = 0;
  for (let m = ROW_TAG.exec(text); m; m = ROW_TAG.exec(text)) {
    const tag = m[0];
    const r = attrOf(tag, "r");
    if (r === undefined || !/^[1-9]\d*$/.test(r)) return "a row without its number";
    if (Number(r) <= state.lastRow) return "rows out of order";
    if (attrOf(tag, "s") !== undefined) return "row styles";
    state.lastRow = Number(r);
  }
  return null;
}

function cellsProblem(text: string): string | null {
  return CELL_WITHOUT_REF.test(text) ? "a cell without its address" : null;
}

/**
 * Calls `check` on the text in pieces that end after a `>`, so a tag is never split between two
 * of them; stops at the first problem it names and returns it.
 */
async function eachSegment(chunks: AsyncIterable<Buffer>, check: (text: string) => string | null): Promise<string | null> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  for await (const chunk of chunks) {
    const text = carry + decoder.write(chunk);
    const cut = text.lastIndexOf(">") + 1;
    carry = text.slice(cut);
    const found = cut > 0 ? check(text.slice(0, cut)) : null;
    if (found) return found;
  }
  const rest = carry + decoder.end();
  return rest.trim() === "" ? null : check(rest);
}
