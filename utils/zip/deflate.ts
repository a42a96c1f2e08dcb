/**
 * A fast streaming DEFLATE compressor (RFC 1951), for large generated text such as a sheet's XML.
 * Speed comes first: one hash probe per position on four bytes, the first match taken whole and
 * the positions inside it not indexed (as LZ4 and Snappy do), then dynamic Huffman blocks. On a
 * sheet's XML it is several times faster than a level-1 search that indexes every byte, for a
 * file about a tenth larger.
 */
import { codeLengths, reversedCodes } from './huffman';

const WINDOW = 32_768;
const MAX_MATCH = 258;
const MIN_MATCH = 4;
/** Bytes compressed at a time; a match may look this much further (the lookahead). */
const BLOCK = 65_536;
const LOOKAHEAD = MAX_MATCH + MIN_MATCH;
const HASH_BITS = 15;
/** Symbols per Huffman block: enough for good codes, small enough to adapt. */
const BLOCK_SYMBOLS = 32_768;
const END_OF_BLOCK = 256;

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order in which a block header gives the code lengths of the code-length alphabet. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Code of each match length (0–28, symbol 257 + code). */
const LENGTH_CODE = new Uint8Array(MAX_MATCH + 1);
for (let code = 0; code < 29; code++)
  for (let l = LENGTH_BASE[code]!; l < LENGTH_BASE[code]! + (1 << LENGTH_EXTRA[code]!); l++)
    if (l <= MAX_MATCH) LENGTH_CODE[l] = code;
/** Code of distance d: DISTANCE_CODE[d - 1] up to 256, else DISTANCE_CODE[256 + ((d - 1) >> 7)]. */
const DISTANCE_CODE = new Uint8Array(512);
for (let code = 0; code < 30; code++) {
  for (let d = DISTANCE_BASE[code]!; d < DISTANCE_BASE[code]! + (1 << DISTANCE_EXTRA[code]!); d++)
    DISTANCE_CODE[d <= 256 ? d - 1 : 256 + ((d - 1) >> 7)] = code;
}
const distanceCode = (d: number) =>
  d <= 256 ? DISTANCE_CODE[d - 1]! : DISTANCE_CODE[256 + ((d - 1) >> 7)]!;

export class FastDeflate {
  /** Up to a window of bytes already compressed, then the bytes waiting. */
  private readonly buffer = new Uint8Array(2 * WINDOW + 2 * BLOCK);
  private end = 0;
  /** Next byte of the buffer to compress. */
  private at = 0;
  /** Stream offset of buffer[0]. */
  private base = 0;
  /** Stream offset of the last position seen per hash, or -WINDOW-1 (none). */
  private readonly head = new Int32Array(1 << HASH_BITS).fill(-WINDOW - 1);
  /** The four bytes at that position: a candidate is checked without reading the window. */
  private readonly headWord = new Int32Array(1 << HASH_BITS);
  /** A literal byte (< 256), or a match as distance << 9 | length. */
  private readonly symbols = new Uint32Array(BLOCK_SYMBOLS);
  private count = 0;
  private readonly literalFreq = new Uint32Array(286);
  private readonly distanceFreq = new Uint32Array(30);
  private readonly out = new Uint8Array(BLOCK_SYMBOLS * 6 + 1024);
  private written = 0;
  private bits = 0;
  private bitCount = 0;

  /** `ondata` gets the compressed bytes as they come (each its own copy). */
  constructor(private readonly ondata: (data: Uint8Array<ArrayBuffer>, final: boolean) => void) {}

  push(data: Uint8Array, final = false): void {
    for (let from = 0; from < data.length;) {
      if (this.end === this.buffer.length) this.slide();
      const n = Math.min(this.buffer.length - this.end, data.length - from, BLOCK);
      this.buffer.set(data.subarray(from, from + n), this.end);
      this.end += n;
      from += n;
      if (this.end - this.at >= BLOCK) this.match(this.end - LOOKAHEAD);
    }
    if (!final) return;
    this.match(this.end);
    this.writeBlock(true);
    for (; this.bitCount > 0; this.bitCount -= 8, this.bits >>>= 8)
      this.out[this.written++] = this.bits & 255;
    this.emit(true);
  }

  /** Drop what is older than a window before the next byte to compress. */
  private slide() {
    const shift = this.at - WINDOW;
    this.buffer.copyWithin(0, shift, this.end);
    this.base += shift;
    this.at -= shift;
    this.end -= shift;
  }

  /** Matches and literals of the bytes before `limit`; a match may reach the buffer's end. */
  private match(limit: number) {
    const b = this.buffer;
    const head = this.head;
    const headWord = this.headWord;
    const symbols = this.symbols;
    const literalFreq = this.literalFreq;
    const distanceFreq = this.distanceFreq;
    const base = this.base;
    const end = this.end;
    let count = this.count;
    let i = this.at;
    const lastHashed = Math.min(limit, end - MIN_MATCH + 1);
    while (i < limit) {
      if (count === BLOCK_SYMBOLS) {
        this.count = count;
        this.writeBlock(false);
        count = 0;
      }
      if (i < lastHashed) {
        const word = b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);
        const h = Math.imul(word, 0x9e3779b1) >>> (32 - HASH_BITS);
        const candidate = head[h]! - base;
        const same = headWord[h] === word;
        head[h] = i + base;
        headWord[h] = word;
        const distance = i - candidate;
        if (same && candidate >= 0 && distance <= WINDOW) {
          const max = Math.min(MAX_MATCH, end - i);
          let length = MIN_MATCH;
          while (length < max && b[candidate + length] === b[i + length]) length++;
          symbols[count++] = (distance << 9) | length;
          literalFreq[257 + LENGTH_CODE[length]!]!++;
          distanceFreq[distanceCode(distance)]!++;
          i += length;
          continue;
        }
      }
      symbols[count++] = b[i]!;
      literalFreq[b[i]!]!++;
      i++;
    }
    this.count = count;
    this.at = i;
  }

  private put(code: number, length: number) {
    this.bits |= code << this.bitCount;
    this.bitCount += length;
    if (this.bitCount >= 16) {
      this.out[this.written++] = this.bits & 255;
      this.out[this.written++] = (this.bits >>> 8) & 255;
      this.bits >>>= 16;
      this.bitCount -= 16;
    }
  }

  /** The symbols so far as one block with its own Huffman codes. */
  private writeBlock(final: boolean) {
    const literalFreq = this.literalFreq;
    const distanceFreq = this.distanceFreq;
    literalFreq[END_OF_BLOCK] = 1;
    const literalLengths = codeLengths(literalFreq, 15);
    const distanceLengths = codeLengths(distanceFreq, 15);
    const literalCodes = reversedCodes(literalLengths);
    const distanceCodes = reversedCodes(distanceLengths);
    this.put(final ? 1 : 0, 1);
    this.put(2, 2);
    this.writeCodeLengths(literalLengths, distanceLengths);

    this.writeSymbols(literalCodes, literalLengths, distanceCodes, distanceLengths);
    this.put(literalCodes[END_OF_BLOCK]!, literalLengths[END_OF_BLOCK]!);
    this.count = 0;
    literalFreq.fill(0);
    distanceFreq.fill(0);
    if (!final) this.emit(false);
  }

  /** The block's symbols in its codes (put by hand: this loop writes the whole file). */
  private writeSymbols(
    literalCodes: Uint16Array,
    literalLengths: Uint8Array,
    distanceCodes: Uint16Array,
    distanceLengths: Uint8Array,
  ) {
    const { symbols, out, count } = this;
    let { bits, bitCount, written } = this;
    // Fewer than 8 bits pending, so that 20 more fit in 32.
    for (; bitCount >= 8; bitCount -= 8, bits >>>= 8) out[written++] = bits & 255;
    for (let k = 0; k < count; k++) {
      const symbol = symbols[k]!;
      let code: number;
      let length: number;
      if (symbol < 256) {
        code = literalCodes[symbol]!;
        length = literalLengths[symbol]!;
      } else {
        // Length code and its extra bits (at most 15 + 5), then distance code (at most 15).
        const matched = symbol & 511;
        const distance = symbol >>> 9;
        const lc = LENGTH_CODE[matched]!;
        const dc = distanceCode(distance);
        code =
          literalCodes[257 + lc]! | ((matched - LENGTH_BASE[lc]!) << literalLengths[257 + lc]!);
        length = literalLengths[257 + lc]! + LENGTH_EXTRA[lc]!;
        bits |= code << bitCount;
        bitCount += length;
        for (; bitCount >= 8; bitCount -= 8, bits >>>= 8) out[written++] = bits & 255;
        code = distanceCodes[dc]!;
        length = distanceLengths[dc]!;
        bits |= code << bitCount;
        bitCount += length;
        for (; bitCount >= 8; bitCount -= 8, bits >>>= 8) out[written++] = bits & 255;
        // Distance extra bits: at most 13.
        code = distance - DISTANCE_BASE[dc]!;
        length = DISTANCE_EXTRA[dc]!;
      }
      bits |= code << bitCount;
      bitCount += length;
      for (; bitCount >= 8; bitCount -= 8, bits >>>= 8) out[written++] = bits & 255;
    }
    this.bits = bits;
    this.bitCount = bitCount;
    this.written = written;
  }

  /** The header of a dynamic block: both trees' code lengths, run-length coded. */
  private writeCodeLengths(literalLengths: Uint8Array, distanceLengths: Uint8Array) {
    let literals = 286;
    while (literals > 257 && !literalLengths[literals - 1]) literals--;
    let distances = 30;
    while (distances > 1 && !distanceLengths[distances - 1]) distances--;
    const all = [
      ...literalLengths.subarray(0, literals),
      ...distanceLengths.subarray(0, distances),
    ];
    // Each run as [symbol, extra bits value]: 16 repeats the previous 3–6 times, 17 and 18 give
    // 3–10 and 11–138 zeros.
    const runs: [number, number][] = [];
    const freq = new Uint32Array(19);
    for (let k = 0; k < all.length;) {
      const length = all[k]!;
      let run = 1;
      while (k + run < all.length && all[k + run] === length) run++;
      k += run;
      if (length === 0) {
        for (; run >= 11; run -= Math.min(run, 138)) runs.push([18, Math.min(run, 138) - 11]);
        if (run >= 3) {
          runs.push([17, run - 3]);
          run = 0;
        }
      } else {
        runs.push([length, 0]);
        run--;
        for (; run >= 3; run -= Math.min(run, 6)) runs.push([16, Math.min(run, 6) - 3]);
      }
      for (; run > 0; run--) runs.push([length, 0]);
    }
    for (const [symbol] of runs) freq[symbol]!++;
    const lengths = codeLengths(freq, 7);
    const codes = reversedCodes(lengths);
    let order = 19;
    while (order > 4 && !lengths[CODE_LENGTH_ORDER[order - 1]!]) order--;
    this.put(literals - 257, 5);
    this.put(distances - 1, 5);
    this.put(order - 4, 4);
    for (let k = 0; k < order; k++) this.put(lengths[CODE_LENGTH_ORDER[k]!]!, 3);
    for (const [symbol, extra] of runs) {
      this.put(codes[symbol]!, lengths[symbol]!);
      if (symbol >= 16) this.put(extra, symbol === 16 ? 2 : symbol === 17 ? 3 : 7);
    }
  }

  private emit(final: boolean) {
    const bytes = this.out.slice(0, this.written);
    this.written = 0;
    this.ondata(bytes, final);
  }
}
