import iconv from "iconv-lite";

/**
 * Decodes a text file's bytes the way Excel picks an encoding for a CSV it opens:
 * a UTF-8 or UTF-16 (LE or BE) byte-order mark decides; otherwise valid UTF-8 is read as UTF-8
 * and anything else as Windows-1252 (the "ANSI" code page of the en-US and Western European
 * locales; ISO-8859-15 files read the same for the letters of these languages and `€`).
 * Returns null for bytes that are not text at all: NUL bytes outside UTF-16, or more than
 * 1% control characters (other than tab and line breaks), which is what binary data looks like.
 *
 * @example decodeText(Uint8Array.of(0x4d, 0xe4, 0xe4, 0x72, 0xe4)) // "Määrä" (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): string | null {
  const text = decodeBytes(bytes);
  if (text === null) return null;
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > text.length / 100 ? null : text;
}

function decodeBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not TextDecoder("windows-1252"): Node's build turns 0x80–0x9F (`€ „ “ –`) into control
    // characters. iconv-lite keeps the code page's own table.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
  }
}
