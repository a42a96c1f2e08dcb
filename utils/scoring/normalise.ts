/**
 * Text normalisation for matching persona phrases against page text, tolerant of case, accents
 * and the common French and English inflections. Both sides go through the same `stem`, so a
 * stem only has to be consistent, not a real word: "collaboratif" and "collaborative" both
 * become "collaboratif", "associations" becomes "association", "sociaux" becomes "social".
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case, accents and ligatures removed. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæß]/g, (c) => LIGATURES[c]!);
}

/** Ending rewrites, tried in order once the plural is gone; the first that applies wins. */
const ENDINGS: readonly [string, string][] = [
  ['ives', 'if'],
  ['ive', 'if'],
  ['elles', 'el'],
  ['elle', 'el'],
  ['ennes', 'en'],
  ['enne', 'en'],
  ['iques', 'ic'],
  ['ique', 'ic'],
  ['euses', 'eur'],
  ['euse', 'eur'],
  ['rices', 'eur'],
  ['rice', 'eur'],
  ['ees', 'e'],
  ['ee', 'e'],
];

/** A light FR/EN stem of an already folded word. Short words are left alone. */
export function stem(folded: string): string {
  let w = folded;
  if (w.length <= 3) return w;
  if (w.endsWith('aux') && w.length > 4) return w.slice(0, -3) + 'al';
  for (const [from, to] of ENDINGS) {
    if (w.endsWith(from) && w.length - from.length >= 3) return w.slice(0, -from.length) + to;
  }
  if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('x')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A text cut into stemmed words, each with its place in the original text (for quoting). */
export interface Tokens {
  readonly text: string;
  readonly stems: string[];
  readonly starts: number[];
  readonly ends: number[];
}

/** Cut `text` into words and stem them; `cache` saves re-stemming the words a page repeats. */
export function tokenize(text: string, cache: Map<string, string> = new Map()): Tokens {
  const stems: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    let s = cache.get(word);
    if (s === undefined) {
      s = stem(fold(word));
      cache.set(word, s);
    }
    stems.push(s);
    starts.push(m.index);
    ends.push(m.index + word.length);
  }
  return { text, stems, starts, ends };
}

/** A phrase as the sequence of stems to look for. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).stems;
}
