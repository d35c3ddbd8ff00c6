import iconv from "iconv-lite";
import { decodeText } from "../../src/cli/decode-text";

const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe("decodeText: the encodings Excel reads a CSV in", () => {
  const text = "Nimi;Määrä;Hinta\r\nSukset „Kevät“ – €;2;12,50\r\n";

  test("UTF-8 without a byte-order mark", () => {
    expect(decodeText(Buffer.from(text, "utf8"))).toBe(text);
  });

  test("UTF-8 with a byte-order mark, the mark dropped", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
  });

  test("UTF-16 LE with its byte-order mark", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
  });

  test("UTF-16 BE with its byte-order mark", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toBe(text);
  });

  test("bytes that are not valid UTF-8 are Windows-1252: Määrä survives", () => {
    expect(decodeText(Uint8Array.of(0x4d, 0xe4, 0xe4, 0x72, 0xe4))).toBe("Määrä");
  });

  test("Windows-1252's 0x80–0x9F are its own letters, not control characters: € „ “ –", () => {
    expect(decodeText(Uint8Array.of(0x80, 0x20, 0x84, 0x61, 0x93, 0x20, 0x96, 0x20, 0xe4))).toBe("€ „a“ – ä");
  });

  test("a whole Windows-1252 file as Excel in Finland saves it", () => {
    expect(decodeText(iconv.encode(text, "windows-1252"))).toBe(text);
  });

  test("binary data is not text", () => {
    expect(decodeText(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x01))).toBeNull();
  });
});
