/** Length-limited Huffman codes as DEFLATE writes them (RFC 1951 §3.2.2). */

/**
 * The code length of each symbol from its frequency, none longer than `maxBits`. At least two
 * symbols get a code (a one-code tree is "incomplete" and some inflaters refuse it).
 */
export function codeLengths(freq: ArrayLike<number>, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(freq.length);
  const used: number[] = [];
  for (let s = 0; s < freq.length; s++) if (freq[s]! > 0) used.push(s);
  for (let s = 0; used.length < 2; s++) if (!(freq[s]! > 0)) used.push(s);
  const weight = (s: number) => freq[s]! || 1;
  used.sort((a, b) => weight(a) - weight(b) || a - b);

  // Two queues: the leaves in order of weight, and the inner nodes, made in order of weight.
  const m = used.length;
  const weights = new Float64Array(2 * m - 1);
  const parent = new Int32Array(2 * m - 1);
  for (let k = 0; k < m; k++) weights[k] = weight(used[k]!);
  let leaf = 0;
  let inner = m;
  const smallest = (made: number) =>
    leaf < m && (inner >= made || weights[leaf]! <= weights[inner]!) ? leaf++ : inner++;
  for (let made = m; made < 2 * m - 1; made++) {
    const a = smallest(made);
    const b = smallest(made);
    weights[made] = weights[a]! + weights[b]!;
    parent[a] = parent[b] = made;
  }
  // A parent is made after its children: depths from the root down.
  const depth = new Uint8Array(2 * m - 1);
  const count = new Int32Array(maxBits + 1);
  for (let node = 2 * m - 3; node >= 0; node--) depth[node] = depth[parent[node]!]! + 1;
  for (let k = 0; k < m; k++) count[Math.min(depth[k]!, maxBits)]!++;

  // Clamping made the code overfull: lengthen codes until it is complete again.
  let total = 0;
  for (let bits = 1; bits <= maxBits; bits++) total += count[bits]! << (maxBits - bits);
  for (; total > 1 << maxBits; total--) {
    count[maxBits]!--;
    for (let bits = maxBits - 1; bits > 0; bits--) {
      if (count[bits]) {
        count[bits]!--;
        count[bits + 1]! += 2;
        break;
      }
    }
  }
  // The rarest symbols take the longest codes.
  let k = 0;
  for (let bits = maxBits; bits > 0; bits--)
    for (let c = count[bits]!; c > 0; c--) lengths[used[k++]!] = bits;
  return lengths;
}

/** The canonical codes of these lengths, bit-reversed: DEFLATE sends a code's first bit first. */
export function reversedCodes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(16);
  for (const length of lengths) count[length]!++;
  count[0] = 0;
  const next = new Uint16Array(16);
  for (let bits = 1, code = 0; bits < 16; bits++)
    next[bits] = code = (code + count[bits - 1]!) << 1;
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const length = lengths[s]!;
    if (!length) continue;
    let code = next[length]!++;
    let reversed = 0;
    for (let b = 0; b < length; b++, code >>= 1) reversed = (reversed << 1) | (code & 1);
    codes[s] = reversed;
  }
  return codes;
}
