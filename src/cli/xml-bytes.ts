/**
 * XML built as UTF-8 bytes in one buffer that is reused, for the streamed sheet's rows
 * (stream-rows.ts): appending a piece makes no string, so a million rows leave next to no
 * garbage. The bytes are those Buffer's UTF-8 encoding gives the same text.
 *
 * @example
 * const xml = new XmlBytes(1024);
 * xml.ascii('<c r="A').integer(2).ascii('"><v>').number(0.5).ascii("</v></c>");
 * xml.bytes().toString(); // '<c r="A2"><v>0.5</v></c>'
 */
export class XmlBytes {
  private buffer: Buffer;
  private used = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  get length(): number {
    return this.used;
  }

  /** A copy of what is written so far. */
  bytes(): Buffer {
    return Buffer.from(this.buffer.subarray(0, this.used));
  }

  clear(): void {
    this.used = 0;
  }

  /** Text known to be ASCII (markup). */
  ascii(text: string): this {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.used++] = text.charCodeAt(i);
    return this;
  }

  /** Any text, as UTF-8 (lone surrogates as U+FFFD, as Buffer writes them). */
  text(text: string): this {
    this.room(text.length * 3);
    const start = this.used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.used = start + this.buffer.write(text, start, "utf8");
        return this;
      }
      this.buffer[this.used++] = code;
    }
    return this;
  }

  /** `String(n)`'s digits, without making the string where n is a whole number below 10^15. */
  number(n: number): this {
    return Number.isInteger(n) && Math.abs(n) < 1e15 ? this.integer(n) : this.ascii(String(n));
  }

  /** A whole number below 10^15 in size (larger ones: `number`), as `String(n)` writes it (-0 as 0). */
  integer(n: number): this {
    this.room(17);
    if (n < 0) {
      this.buffer[this.used++] = 0x2d; // -
      n = -n;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    let at = this.used + digits;
    this.used = at;
    // Exact below 10^15: n / 10 is then far enough from the next whole number.
    do {
      const rest = Math.floor(n / 10);
      this.buffer[--at] = 0x30 + (n - rest * 10);
      n = rest;
    } while (n > 0);
    return this;
  }

  /** Bytes as they are. */
  raw(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    return this;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes));
    this.buffer.copy(larger, 0, 0, this.used);
    this.buffer = larger;
  }
}
