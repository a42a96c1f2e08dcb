import { inflateRawSync } from 'node:zlib';
import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '@/utils/zip/crc32';
import { FastDeflate } from '@/utils/zip/deflate';

/** The deflated bytes of `data`, pushed `chunk` bytes at a time. */
function deflate(data: Uint8Array, chunk: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const finals: boolean[] = [];
  const deflater = new FastDeflate((bytes, final) => {
    parts.push(bytes);
    finals.push(final);
  });
  if (data.length === 0) deflater.push(data, true);
  for (let at = 0; at < data.length; at += chunk)
    deflater.push(data.subarray(at, at + chunk), at + chunk >= data.length);
  expect(finals.indexOf(true)).toBe(finals.length - 1);
  return Buffer.concat(parts);
}

/** Seeded bytes of `alphabet` values: random (256) to very repetitive (2). */
function noise(length: number, alphabet: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    bytes[i] = (x >>> 16) % alphabet;
  }
  return bytes;
}

/** Rows of XML that repeat with small changes, as a sheet does. */
function sheetLike(rows: number): Uint8Array {
  let xml = '';
  for (let r = 2; r < rows + 2; r++)
    xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Atelier ${(r * 7919) % 1000} Éveil</t></is></c><c r="B${r}"><v>${r % 97}</v></c></row>`;
  return new TextEncoder().encode(xml);
}

const cases: [string, Uint8Array][] = [
  ['nothing', new Uint8Array(0)],
  ['one byte', new Uint8Array([7])],
  ['three bytes', new Uint8Array([1, 2, 3])],
  ['a long run of one byte', new Uint8Array(300_000).fill(65)],
  ['random bytes', noise(400_000, 256)],
  ['two-letter noise', noise(300_000, 2)],
  ['sheet-like XML', sheetLike(40_000)],
];

describe('FastDeflate', () => {
  for (const [name, data] of cases) {
    it(`${name}: zlib and fflate inflate it back, whatever the chunks`, () => {
      for (const chunk of [1_000, 65_536, 200_001]) {
        const deflated = deflate(data, chunk);
        expect(Buffer.compare(inflateRawSync(deflated), data)).toBe(0);
        expect(Buffer.compare(inflateSync(deflated), data)).toBe(0);
      }
    });
  }

  it('compresses repetitive text and hardly grows random bytes', () => {
    const xml = sheetLike(40_000);
    expect(deflate(xml, 65_536).length).toBeLessThan(xml.length / 5);
    const random = noise(400_000, 256);
    expect(deflate(random, 65_536).length).toBeLessThan(random.length * 1.01);
  });
});

describe('crc32', () => {
  it('is the standard CRC-32, also when given in pieces', () => {
    const digits = new TextEncoder().encode('123456789');
    expect(crc32(digits)).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const data = noise(100_003, 256);
    let pieces = 0;
    for (let at = 0; at < data.length; at += 997)
      pieces = crc32(data.subarray(at, at + 997), pieces);
    expect(pieces).toBe(crc32(data));
    expect(crc32(data)).toBe(zlibCrc32(data));
  });
});

/** The CRC-32 as zlib's reference bitwise definition gives it. */
function zlibCrc32(data: Uint8Array): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}
