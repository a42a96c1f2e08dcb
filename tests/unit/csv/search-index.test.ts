import { describe, expect, it } from 'vitest';
import { SearchIndex, type Found } from '../../../entrypoints/prospects/search-index';

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}
// A small alphabet, so that hits and near misses are both common; with separators, digits,
// letters outside a–z, a surrogate pair and the row separator the list uses.
const ALPHABET = [...'abcly09-@.\u0001œ’😀'];
const draw = (next: () => number, length: number) =>
  Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
const wordsOf = (query: string) => query.split(' ').filter(Boolean);
const expected = (texts: string[], words: string[]) =>
  texts.flatMap((text, k) => (words.every((w) => text.includes(w)) ? [k] : []));

describe('the search index', () => {
  const next = random(7);
  const texts = Array.from({ length: 500 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      draw(next, Math.floor(next() * 20)),
    ).join(' '),
  );
  const index = new SearchIndex(texts);

  it('finds exactly the texts that include every word, as includes() would', () => {
    let hits = 0;
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 2) }, () =>
        draw(next, 1 + Math.floor(next() * 4)),
      );
      const found = index.find(words);
      expect([...found.positions], JSON.stringify(words)).toEqual(expected(texts, words));
      hits += found.positions.length;
    }
    expect(hits).toBeGreaterThan(1000); // the comparison saw many hits, not only misses
  });

  it('gives the same answers while the user types on, resuming from the last results', () => {
    for (let n = 0; n < 150; n++) {
      const query = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        draw(next, 1 + Math.floor(next() * 5)),
      ).join(' ');
      let previous: Found | undefined;
      for (let i = 1; i <= query.length; i++) {
        const words = wordsOf(query.slice(0, i));
        const found = index.find(words, previous);
        expect([...found.positions], JSON.stringify(query.slice(0, i))).toEqual(
          expected(texts, words),
        );
        // Where the last word was found, unless its bits alone answered.
        const last = words.at(-1) ?? '';
        const bitsOnly = last.length <= 2 && !/[^a-z0-9]/.test(last);
        const offsets = [...found.positions].map((k) => (bitsOnly ? -1 : texts[k]!.indexOf(last)));
        expect([...found.offsets]).toEqual(offsets);
        previous = found;
      }
    }
  });

  it('looks only among the previous results, in their order', () => {
    const previous = {
      words: [],
      positions: Int32Array.from([9, 3, 7, 1, 0, 4]),
      offsets: new Int32Array(6).fill(-1),
    };
    const inOrder = [...previous.positions].filter((k) => texts[k]!.includes('a'));
    expect([...index.find(['a'], previous).positions]).toEqual(inOrder);
    expect([...index.find([], previous).positions]).toEqual([...previous.positions]);
  });

  it('reads whole texts again when the words changed rather than grew', () => {
    const all = Int32Array.from(texts, (_, k) => k);
    const previous = {
      words: ['c'],
      positions: all,
      offsets: Int32Array.from(texts, (t) => t.indexOf('c')),
    };
    expect([...index.find(['œ'], previous).positions]).toEqual(expected(texts, ['œ']));
    expect([...index.find(['c', 'œ'], previous).positions]).toEqual(expected(texts, ['c', 'œ']));
  });

  it('finds nothing in an empty list and everything for no word', () => {
    expect([...new SearchIndex([]).find(['a']).positions]).toEqual([]);
    expect(index.find([]).positions.length).toBe(texts.length);
  });
});
