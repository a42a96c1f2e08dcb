/**
 * A ZIP archive whose files are written piece by piece: text is encoded into a small buffer and
 * compressed a chunk at a time, so that a large sheet never exists whole, neither as one string
 * nor as one array of bytes. fflate lays out the archive; the compression and the checksum are
 * ours (FastDeflate, crc32), about four times faster than fflate's fastest level on a sheet.
 */
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { crc32 } from '../zip/crc32';
import { FastDeflate } from '../zip/deflate';

const encoder = new TextEncoder();
const CHUNK = 1 << 16;

/** A deflated file of the archive; its size and checksum are known when it ends. */
class DeflatedFile implements ZipInputFile {
  readonly compression = 8;
  /** "Super fast" compression, as the general purpose flag says it (APPNOTE 4.4.4). */
  readonly flag = 3;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  private readonly deflate = new FastDeflate((data, final) => this.ondata!(null, data, final));

  constructor(readonly filename: string) {}

  push(data: Uint8Array, final = false): void {
    this.size += data.length;
    this.crc = crc32(data, this.crc);
    this.deflate.push(data, final);
  }
}

/** Where a TextFile's bytes go; `data` may be reused once `push` returns. */
interface ByteSink {
  push(data: Uint8Array, final?: boolean): void;
}

/**
 * UTF-8 bytes kept for later, for text that must wait (a sheet's links come after its rows):
 * kept as one long string, it would be copied by every young-generation garbage collection.
 */
export class HeldBytes implements ByteSink {
  readonly parts: Uint8Array[] = [];

  push(data: Uint8Array): void {
    if (data.length) this.parts.push(data.slice());
  }
}

export class TextFile {
  private readonly buffer = new Uint8Array(CHUNK);
  private used = 0;

  constructor(private readonly file: ByteSink) {}

  /** Bytes held earlier, written as they are. */
  writeHeld(held: HeldBytes): void {
    this.flush();
    for (const part of held.parts) this.file.push(part);
  }

  write(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.used + text.length * 3 > CHUNK) {
      this.flush();
      if (text.length * 3 > CHUNK) {
        this.file.push(encoder.encode(text));
        return;
      }
    }
    this.used += encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  /** Nothing may be written afterwards. */
  end(): void {
    this.file.push(this.buffer.subarray(0, this.used), true);
  }

  private flush() {
    if (this.used === 0) return;
    // Every sink copies what it is given: the buffer is reused.
    this.file.push(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private readonly zip = new Zip((error, data) => {
    if (error) throw error;
    this.chunks.push(data);
    this.size += data.length;
  });

  /** A file of the archive; files are stored in the order they are opened. */
  open(path: string): TextFile {
    const file = new DeflatedFile(path);
    this.zip.add(file);
    return new TextFile(file);
  }

  /** A whole file at once. */
  add(path: string, text: string): void {
    const file = new DeflatedFile(path);
    this.zip.add(file);
    file.push(encoder.encode(text), true);
  }

  /** The archive's bytes, once every file opened has ended. */
  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
}
