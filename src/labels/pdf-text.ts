/**
 * Text on a PDF label with a standard font (docs/design.md §29). The 14 standard PDF fonts
 * need no embedded file but encode WinAnsi (Latin-1 and a few more) only, so a character
 * outside it falls back rather than crash pdf-lib. The text is first put in NFC (a letter typed
 * as letter + combining accent becomes the one letter WinAnsi may hold); line breaks and tabs
 * become spaces (a label line is one line); a letter with a diacritic the encoding lacks prints
 * as its base letter (`Ą` → `A`), the stroked letters that have no base letter in Unicode as the
 * letter without the stroke (`Ł` → `L`, `Đ` → `D`, `ı` → `i`); a leftover combining mark is
 * dropped; anything else (other scripts: no Unicode font is embedded) prints as `?`. The
 * barcode is not touched: it carries the code exactly (QR), or the code is ASCII.
 */
import type { PDFFont } from "pdf-lib";

/** Letters whose stroke is not a combining mark, so NFD gives no base letter. */
const STROKED: Readonly<Record<string, string>> = { Ł: "L", ł: "l", Đ: "D", đ: "d", ı: "i" };
const BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
const MARK = /^\p{M}$/u;

/** Smallest size a line shrinks to before it is cut with `…`. */
const MIN_PT = 5;

/** `text` with every character the font cannot encode replaced (see the file's comment). */
export function encodable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  let out = "";
  for (const ch of text.normalize("NFC").replace(BREAKS, " ")) out += known.has(ch.codePointAt(0) as number) ? ch : fallback(known, ch);
  return out;
}

/** What `ch`, which the font lacks, prints as. */
function fallback(known: ReadonlySet<number>, ch: string): string {
  if (STROKED[ch] !== undefined) return STROKED[ch];
  if (MARK.test(ch)) return "";
  const base = ch.normalize("NFD").codePointAt(0) as number;
  return known.has(base) && base < 0x250 ? String.fromCodePoint(base) : "?";
}

/** The size and text that fit `widthPt`: shrunk down to 5 pt, then cut with `…`. */
export function fitLine(font: PDFFont, text: string, sizePt: number, widthPt: number): { text: string; sizePt: number } {
  let size = sizePt;
  while (size > MIN_PT && font.widthOfTextAtSize(text, size) > widthPt) size -= 0.5;
  if (font.widthOfTextAtSize(text, size) <= widthPt) return { text, sizePt: size };
  const chars = [...text];
  while (chars.length > 1 && font.widthOfTextAtSize(`${chars.join("")}…`, size) > widthPt) chars.pop();
  return { text: `${chars.join("")}…`, sizePt: size };
}
