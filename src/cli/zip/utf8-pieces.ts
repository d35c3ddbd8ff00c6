/** Chunks of text or bytes as UTF-8 bytes, a character split between two string chunks kept whole. */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Encodes string chunks as UTF-8 and passes Buffers on. A string ending in the first half of a
 * surrogate pair (an emoji cut by the producer's chunking) keeps that half for the next chunk,
 * where encoding it alone would give U+FFFD.
 */
export async function* utf8Pieces(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<Buffer> {
  let carry = "";
  for await (const chunk of chunks) {
    if (typeof chunk !== "string") {
      if (carry !== "") yield Buffer.from(carry, "utf8");
      carry = "";
      if (chunk.length > 0) yield chunk;
      continue;
    }
    let text = carry + chunk;
    carry = "";
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length > 0) yield Buffer.from(text, "utf8");
  }
  if (carry !== "") yield Buffer.from(carry, "utf8");
}
