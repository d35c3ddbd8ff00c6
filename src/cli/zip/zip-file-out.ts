/**
 * A file written front to back in blocks, each write awaited (so a fast producer waits for the
 * disk), with the one step back a zip writer needs: patching a header it wrote earlier.
 */
import { open, type FileHandle } from "node:fs/promises";

/** Small records are gathered into blocks of about this size before they are written. */
const BLOCK = 1024 * 1024;

export class FileOut {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private written = 0;
  private closed = false;

  private constructor(private readonly handle: FileHandle) {}

  /** Creates or truncates `file`. */
  static async create(file: string): Promise<FileOut> {
    return new FileOut(await open(file, "w"));
  }

  /** Where the next byte written will lie. */
  get offset(): number {
    return this.written + this.pendingBytes;
  }

  async write(data: Buffer): Promise<void> {
    if (data.length >= BLOCK) {
      await this.flush();
      const at = this.written;
      this.written += data.length;
      await this.writeAll(data, at);
      return;
    }
    this.pending.push(data);
    this.pendingBytes += data.length;
    if (this.pendingBytes >= BLOCK) await this.flush();
  }

  /** Overwrites bytes already written at `position` (before `offset`). */
  async writeAt(position: number, data: Buffer): Promise<void> {
    await this.flush();
    await this.writeAll(data, position);
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    await this.handle.close();
  }

  /** Closes the file without writing what is pending; harmless when already closed. */
  async abort(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const block = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const at = this.written;
    this.written += block.length;
    await this.writeAll(block, at);
  }

  private async writeAll(data: Buffer, position: number): Promise<void> {
    for (let done = 0; done < data.length; ) {
      const { bytesWritten } = await this.handle.write(data, done, data.length - done, position + done);
      done += bytesWritten;
    }
  }
}
