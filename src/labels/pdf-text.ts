/**
 * Text on a PDF label with a standard font (docs/design.md §29). The 14 standard PDF fonts
 * need no embedded file but encode WinAnsi (Latin-1 and a few more) only, so a character
 * outside it falls back rather than crash pdf-lib: a letter with a diacritic the encoding lacks
 * prints as its base letter (`Ł` stays, `Ą` → `A`), anything else as `?`. The barcode is not
 * touched: it carries the code exactly (QR), or the code is ASCII (Code 128, EAN-13).
 */
import type { PDFFont } from "pdf-lib";

/** Smallest size a line shrinks to before it is cut with `…`. */
const MIN_PT = 5;

/** `text` with every character the font cannot encode replaced (see the file's comment). */
export function encodable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  let out = "";
  for (const ch of text) {
    if (known.has(ch.codePointAt(0) as number)) out += ch;
    else {
      const base = ch.normalize("NFD").codePointAt(0) as number;
      out += known.has(base) && base < 0x250 ? String.fromCodePoint(base) : "?";
    }
  }
  return out;
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
