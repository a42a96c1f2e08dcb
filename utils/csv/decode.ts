export type Encoding = 'utf-8' | 'utf-16le' | 'windows-1252';

/**
 * The text of a CSV file from its bytes. A BOM says the encoding; otherwise a file that is not
 * valid UTF-8 is read as Windows-1252 (what French Excel writes by default, a superset of Latin-1).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      bom: false,
    };
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (€, ’, Œ, —…); the rest is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder('windows-1252') decodes as plain Latin-1 (0x8C → U+008C instead of Œ), so the
 * 0x80–0x9F range is mapped here; in browsers this is a no-op over a correct decoding.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
