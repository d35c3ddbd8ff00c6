/**
 * The text format `@` for cells written as text (writeCell sets the cell's numFmt to "@"): each
 * style such a cell had gets one clone with the built-in format 49 (`@`), appended to the styles
 * part's `<cellXfs>`; every other style stays at its index, so no other cell changes.
 */
import { attrOf, withAttr } from "./xml-text";

/** Excel's built-in number format `@` (text). */
const TEXT_FORMAT_ID = "49";

const CELL_XFS = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g;

/** The `<xf>` elements of the styles part's `<cellXfs>`, or null when it has none this writer can extend. */
export function cellXfsOf(stylesXml: string): string[] | null {
  const m = CELL_XFS.exec(stylesXml);
  if (!m) return null;
  const xfs = m[1].match(XF) ?? [];
  return xfs.length > 0 ? xfs : null;
}

/** Text styles made while a sheet is written, then added to the styles part. */
export class TextStyles {
  private readonly clones = new Map<string, string>();
  private readonly added: string[] = [];

  constructor(private readonly xfs: readonly string[]) {}

  /** The style index for text over style `s` (none: 0): `s` itself when it already is `@`, else its clone. */
  asText(s: string | undefined): string {
    const from = s ?? "0";
    let clone = this.clones.get(from);
    if (clone !== undefined) return clone;
    const xf = this.xfs[Number(from)] ?? this.xfs[0];
    if (attrOf(startOf(xf), "numFmtId") === TEXT_FORMAT_ID) clone = from;
    else {
      clone = String(this.xfs.length + this.added.length);
      this.added.push(xf.replace(/^<xf\b[^>]*?(?=\/?>)/, (tag) => withAttr(withAttr(tag, "numFmtId", TEXT_FORMAT_ID), "applyNumberFormat", "1")));
    }
    this.clones.set(from, clone);
    return clone;
  }

  /** Whether any clone was made (else the styles part is copied as it is). */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The styles part with the clones appended to `<cellXfs>` and its count updated. */
  stylesWith(stylesXml: string): string {
    const count = this.xfs.length + this.added.length;
    return stylesXml.replace(CELL_XFS, (whole, inner: string) => {
      const start = withAttr(whole.slice(0, whole.indexOf(">")), "count", String(count));
      return `${start}>${inner}${this.added.join("")}</cellXfs>`;
    });
  }
}

function startOf(xf: string): string {
  return xf.slice(0, xf.indexOf(">") + 1);
}
