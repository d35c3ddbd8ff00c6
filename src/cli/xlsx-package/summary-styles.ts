/**
 * The summary sheet's styles appended to the input's styles.xml: its number formats (custom ids
 * from 164 renumbered past the input's, or the input's own id for the same code), fonts, fills,
 * borders, cell formats and table formats (dxfs), with every id remapped. The summary's defaults
 * (font, fill, border and cell format 0) become the input's, as a cell without a style takes them.
 */
import { childElements, replaceSection, sectionOf, type Section } from "./summary-xml";
import { attributesOf, withAttr, xmlEscape } from "./xml-text";

/** The input's styles with the summary's appended, and where each summary id went. */
export interface MergedStyles {
  xml: string;
  /** A summary cell format (`s`) → the merged one. */
  cellXf(id: number): number;
  /** A summary table format (`dxfId`) → the merged one. */
  dxf(id: number): number;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Custom number formats start at this id; lower ones are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;
/** The lists the summary's styles go into (or whose first entry they take), each with its elements' name. */
const REQUIRED = { fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" } as const;

/** Why this styles part cannot be extended here (the whole path takes it), or null. */
export function stylesNotExtendable(xml: string): string | null {
  if (/<!--|<!\[CDATA\[/.test(xml)) return "the styles part holds comments or CDATA";
  const root = /<styleSheet(?=[\s>])[^>]*>/.exec(xml);
  if (!root || attributesOf(root[0]).get("xmlns") !== MAIN) return "the styles part is not a plain SpreadsheetML styleSheet";
  for (const [list, child] of Object.entries(REQUIRED)) {
    const section = sectionOf(xml, list);
    if (!section || childElements(section.inner, child).length === 0) return `the styles part has no ${list}`;
  }
  return null;
}

/** Appends the styles of `summary` (an exceljs styles.xml) to `input`'s; call only when stylesNotExtendable(input) is null. */
export function mergeStyles(input: string, summary: string): MergedStyles {
  const formats = numberFormats(input, summary);
  let xml = formats.xml;
  const fonts = appendAfterFirst(xml, summary, "fonts", "font");
  xml = fonts.xml;
  const fills = appendAfterFirst(xml, summary, "fills", "fill");
  xml = fills.xml;
  const borders = appendAfterFirst(xml, summary, "borders", "border");
  xml = borders.xml;
  const xfs = appendAfterFirst(xml, summary, "cellXfs", "xf", (xf) => remapXf(xf, formats.id, fonts.id, fills.id, borders.id));
  xml = xfs.xml;
  const dxfs = appendDxfs(xml, summary, formats.id);
  return { xml: dxfs.xml, cellXf: xfs.id, dxf: dxfs.id };
}

type IdMap = (id: number) => number;

/** The summary's custom number formats added to the input's (a code the input has keeps the input's id). */
function numberFormats(input: string, summary: string): { xml: string; id: IdMap } {
  const section = sectionOf(input, "numFmts");
  const own = section ? childElements(section.inner, "numFmt").map(attributesOf) : [];
  const byCode = new Map(own.map((a) => [a.get("formatCode") ?? "", Number(a.get("numFmtId"))]));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...own.map((a) => Number(a.get("numFmtId")) || 0)) + 1;
  const ids = new Map<number, number>();
  const added: string[] = [];
  const theirs = sectionOf(summary, "numFmts");
  for (const attrs of theirs ? childElements(theirs.inner, "numFmt").map(attributesOf) : []) {
    const [id, code] = [Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? ""];
    let to = byCode.get(code);
    if (to === undefined) {
      to = next++;
      byCode.set(code, to);
      added.push(`<numFmt numFmtId="${to}" formatCode="${xmlEscape(code)}"/>`);
    }
    ids.set(id, to);
  }
  const id = (n: number) => ids.get(n) ?? n;
  if (added.length === 0) return { xml: input, id };
  const inner = (section?.inner ?? "") + added.join("");
  const count = own.length + added.length;
  if (section) return { xml: replaceSection(input, section, "numFmts", withAttr(section.open, "count", String(count)), inner), id };
  const root = /<styleSheet(?=[\s>])[^>]*>/.exec(input)!;
  const at = root.index + root[0].length;
  return { xml: `${input.slice(0, at)}<numFmts count="${count}">${inner}</numFmts>${input.slice(at)}`, id };
}

/** The summary's `child` elements but the first appended to the input's `list`; the summary's first maps to the input's first. */
function appendAfterFirst(xml: string, summary: string, list: string, child: string, rewrite: (element: string) => string = (e) => e): { xml: string; id: IdMap } {
  const section = sectionOf(xml, list)!;
  const own = childElements(section.inner, child).length;
  const theirs = childElements(sectionOf(summary, list)?.inner ?? "", child).slice(1).map(rewrite);
  const id = (n: number) => (n === 0 ? 0 : own + n - 1);
  if (theirs.length === 0) return { xml, id };
  return { xml: replaceSection(xml, section, list, withAttr(section.open, "count", String(own + theirs.length)), section.inner + theirs.join("")), id };
}

function remapXf(xf: string, format: IdMap, font: IdMap, fill: IdMap, border: IdMap): string {
  const open = /^<xf[^>]*>/.exec(xf)![0];
  const attrs = attributesOf(open);
  let tag = open;
  const set = (name: string, map: IdMap) => {
    if (attrs.has(name)) tag = withAttr(tag, name, String(map(Number(attrs.get(name)))));
  };
  set("numFmtId", format);
  set("fontId", font);
  set("fillId", fill);
  set("borderId", border);
  set("xfId", () => 0);
  return tag + xf.slice(open.length);
}

/** The summary's table formats appended to the input's dxfs (the list made where the schema puts it when the input has none). */
function appendDxfs(xml: string, summary: string, format: IdMap): { xml: string; id: IdMap } {
  const theirs = childElements(sectionOf(summary, "dxfs")?.inner ?? "", "dxf").map((dxf) =>
    dxf.replace(/<numFmt(?=[\s/>])[^>]*>/g, (tag) => withAttr(tag, "numFmtId", String(format(Number(attributesOf(tag).get("numFmtId")))))),
  );
  const section = sectionOf(xml, "dxfs");
  const own = section ? childElements(section.inner, "dxf").length : 0;
  const id = (n: number) => own + n;
  if (theirs.length === 0) return { xml, id };
  const count = String(own + theirs.length);
  if (section) return { xml: replaceSection(xml, section, "dxfs", withAttr(section.open, "count", count), section.inner + theirs.join("")), id };
  const before = sectionOf(xml, "cellStyles") ?? (sectionOf(xml, "cellXfs") as Section);
  return { xml: `${xml.slice(0, before.end)}<dxfs count="${count}">${theirs.join("")}</dxfs>${xml.slice(before.end)}`, id };
}
