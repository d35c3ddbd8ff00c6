/**
 * Which codes a symbology can carry (issue 17, docs/design.md §29). The engine refuses a code
 * before anything is drawn, so the operator reads the cell and the reason; bwip-js encodes.
 *
 * Decisions:
 * - Code 128 takes printable ASCII (32–126) only: bwip-js would encode `é` through Code 128's
 *   extended Latin-1 shift, but a scanner typing into Excel gives back another character, and
 *   the label must scan back to the code as written.
 * - Code 128 codes longer than 500 characters are refused: bwip-js accepts no more.
 * - EAN-13 takes 13 digits with the right check digit. 12 digits are refused with the full
 *   code to write: bwip-js would add the check digit, so the label would scan as 13 digits that
 *   are not the cell's code (Find would not find it).
 * - QR takes any text up to 2,331 UTF-8 bytes: version 40 in byte mode at bwip-js's default
 *   error correction level (M). Bytes, not characters: `ä` takes two, `✓` three.
 */
import type { Symbology } from "./label-types";
import { say, type Say } from "./messages";
import { INVISIBLE_ALL } from "./codes";

/** bwip-js refuses longer Code 128 input (`code128inputTooLong`). */
export const CODE128_MAX_LENGTH = 500;
/** Bytes (UTF-8) a QR code holds at bwip-js's default level M, version 40, byte mode. */
export const QR_MAX_BYTES = 2331;

/** Why `code` cannot be printed in `symbology`, as data naming `cell`; undefined when it can. */
export function symbologyRefusal(symbology: Symbology, code: string, cell: string): Say | undefined {
  if (symbology === "code128") return code128Refusal(code, cell);
  if (symbology === "ean13") return ean13Refusal(code, cell);
  const bytes = utf8Length(code);
  return bytes > QR_MAX_BYTES ? say("labels-qr-too-long", { cell, code: shown(code), bytes, max: QR_MAX_BYTES }) : undefined;
}

/** UTF-8 bytes of `text` (what a QR code's byte mode stores). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function code128Refusal(code: string, cell: string): Say | undefined {
  for (const ch of code) {
    const c = ch.codePointAt(0) as number;
    if (c < 32 || c > 126) return say("labels-code128-character", { cell, code: shown(code), character: characterName(c) });
  }
  if (code.length > CODE128_MAX_LENGTH) return say("labels-too-long", { cell, code: shown(code), length: code.length, max: CODE128_MAX_LENGTH, symbology: "Code 128" });
  return undefined;
}

function ean13Refusal(code: string, cell: string): Say | undefined {
  if (/^\d{12}$/.test(code)) return say("labels-ean13-twelve", { cell, code, full: code + String(ean13CheckDigit(code)) });
  if (!/^\d{13}$/.test(code)) return say("labels-ean13-digits", { cell, code: shown(code), length: code.length });
  const expected = ean13CheckDigit(code.slice(0, 12));
  if (Number(code[12]) !== expected) return say("labels-ean13-check", { cell, code, expected: String(expected) });
  return undefined;
}

/**
 * The EAN-13 check digit of 12 digits: weights 1 and 3 from the left, then up to a multiple of ten.
 *
 * @example ean13CheckDigit("590123412345") // 7
 */
export function ean13CheckDigit(twelve: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** A character as a refusal names it: itself when visible, else its code point (`U+200B`). */
function characterName(c: number): string {
  const visible = c > 160 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xfeff && c !== 0xad;
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return visible ? `${String.fromCodePoint(c)} (${hex})` : hex;
}

/** How much of a long code a refusal quotes. */
const QUOTED = 40;

/** The code as a refusal quotes it: invisible characters as `?`, long codes cut. */
export function shown(code: string): string {
  const visible = code.replace(INVISIBLE_ALL, "?");
  return visible.length > QUOTED ? `${visible.slice(0, QUOTED)}…` : visible;
}
