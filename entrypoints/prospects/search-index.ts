/**
 * Full-text search over the list's rows without reading 50,000 strings per keystroke.
 *
 * Each text is summarised by which characters and which pairs of adjacent characters it
 * contains, one bit each (characters fall into 37 classes: a–z, 0–9, anything else). The bits
 * are stored column by column, so that a keystroke reads one contiguous array per tested bit
 * instead of one object per row. A one- or two-letter word is answered by its bits alone (these
 * are the keystrokes that match most rows); a longer word reads the text only for the rows whose
 * bits pass. While the user types on, the search resumes where the last word was found in each
 * remaining text, so that "rappel" → "rappele" checks a few characters per row, not the whole text.
 */
const CLASSES = 37;
const OTHER = CLASSES - 1;
const PAIRS = CLASSES * CLASSES;
/** Bits per text, in 32-bit words: one per pair, then one per character class. */
const WORDS = Math.ceil((PAIRS + CLASSES) / 32);

function charClass(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a–z
  if (code >= 48 && code <= 57) return code - 48 + 26; // 0–9
  return OTHER;
}

/** The bits a word needs, and whether having them is enough. */
function probe(word: string): { word: string; bits: number[]; exact: boolean } {
  const classes = Array.from({ length: word.length }, (_, i) => charClass(word.charCodeAt(i)));
  const bits = new Set<number>();
  if (classes.length === 1) bits.add(PAIRS + classes[0]!);
  for (let i = 1; i < classes.length; i++) bits.add(classes[i - 1]! * CLASSES + classes[i]!);
  return { word, bits: [...bits], exact: classes.length <= 2 && !classes.includes(OTHER) };
}

/** Sets the bits of `text` in `bits` (WORDS words). */
function textBits(text: string, bits: Uint32Array) {
  bits.fill(0);
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = charClass(text.charCodeAt(i));
    bits[(PAIRS + c) >>> 5]! |= 1 << ((PAIRS + c) & 31);
    if (previous >= 0) {
      const pair = previous * CLASSES + c;
      bits[pair >>> 5]! |= 1 << (pair & 31);
    }
    previous = c;
  }
}

export class SearchIndex {
  /** Word w of text k at columns[w * size + k]. */
  private readonly columns: Uint32Array;
  readonly size: number;

  /**
   * Texts are expected folded (lower case, no accents) like the words searched for. With
   * `reuse`, text k whose `reuse.from[k]` is not -1 is that text of `reuse.index`, and its bits
   * are copied rather than computed again.
   */
  constructor(
    private readonly texts: readonly string[],
    reuse?: { index: SearchIndex; from: Int32Array },
  ) {
    const size = (this.size = texts.length);
    const columns = (this.columns = new Uint32Array(WORDS * size));
    const bits = new Uint32Array(WORDS);
    const from = reuse?.from;
    for (let k = 0; k < size; k++) {
      if (from && from[k]! >= 0) continue;
      textBits(texts[k]!, bits);
      for (let w = 0; w < WORDS; w++) columns[w * size + k] = bits[w]!;
    }
    if (!from) return;
    // Column by column, both arrays read in order.
    const old = reuse!.index;
    for (let w = 0; w < WORDS; w++) {
      const to = w * size;
      const at = w * old.size;
      for (let k = 0; k < size; k++)
        if (from[k]! >= 0) columns[to + k] = old.columns[at + from[k]!]!;
    }
  }

  /**
   * The texts that contain every word, in order. With `previous` (the result of a search that
   * this one narrows: same words, the last one grown, maybe new words after it), only its texts
   * are read, and from where its last word was found.
   */
  find(words: readonly string[], previous?: Found): Found {
    // Words before the previous search's last one are unchanged: those texts contain them.
    const kept = previous && extendsWords(previous.words, words) ? previous.words.length - 1 : -1;
    const resume = kept >= 0 ? previous!.offsets : undefined;
    const probes = words.map(probe).slice(Math.max(kept, 0));
    // Each tested bit as (offset of its column, mask), flattened for the loop below.
    const tests = probes.flatMap((p) =>
      p.bits.flatMap((bit) => [(bit >>> 5) * this.size, 1 << (bit & 31)]),
    );
    const reads = probes.map((p) => (p.exact ? '' : p.word));
    const lastRead = reads.length - 1;
    const columns = this.columns;
    const within = previous?.positions;
    const count = within ? within.length : this.size;
    const positions = new Int32Array(count);
    const offsets = new Int32Array(count);
    let found = 0;
    next: for (let j = 0; j < count; j++) {
      const k = within ? within[j]! : j;
      for (let t = 0; t < tests.length; t += 2)
        if ((columns[tests[t]! + k]! & tests[t + 1]!) === 0) continue next;
      let offset = -1;
      for (let r = 0; r < reads.length; r++) {
        const word = reads[r]!;
        if (word === '') continue;
        offset = this.texts[k]!.indexOf(word, r === 0 && resume ? Math.max(resume[j]!, 0) : 0);
        if (offset < 0) continue next;
      }
      positions[found] = k;
      offsets[found++] = reads[lastRead] === '' ? -1 : offset;
    }
    return { words, positions: positions.slice(0, found), offsets: offsets.slice(0, found) };
  }
}

/** The result of a search: which texts, and where their last word was first found. */
export interface Found {
  words: readonly string[];
  positions: Int32Array;
  /** Per text, where the last word first occurs; -1 where only its bits were tested. */
  offsets: Int32Array;
}

/** "rappel m" → "rappel ma", "rappel" → "rappel m": earlier words equal, the last one grown. */
function extendsWords(before: readonly string[], after: readonly string[]): boolean {
  if (before.length === 0 || after.length < before.length) return false;
  const last = before.length - 1;
  return before.every((w, i) => (i < last ? w === after[i] : after[i]!.startsWith(w)));
}
