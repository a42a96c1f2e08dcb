import type { Tokens } from './normalise';

/** Phrases to look for, indexed by their first stem so that a page is scanned once for all. */
export interface PhraseIndex<K> {
  byFirst: Map<string, { rest: string[]; key: K }[]>;
}

export function buildIndex<K>(phrases: Iterable<{ stems: string[]; key: K }>): PhraseIndex<K> {
  const byFirst = new Map<string, { rest: string[]; key: K }[]>();
  for (const { stems, key } of phrases) {
    const [first, ...rest] = stems;
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ rest, key });
    byFirst.set(first, list);
  }
  return { byFirst };
}

/** Where a phrase was found: character offsets in the scanned text. */
export interface Hit {
  start: number;
  end: number;
}

export interface Found {
  count: number;
  /** The first few hits, in text order. */
  hits: Hit[];
}

/**
 * Every phrase of `index` found in `tokens`, with at most `keep` hits remembered per key; hits
 * that `accept` refuses (a key, the hit's offset) are left out, until `keep` were accepted.
 */
export function scan<K>(
  tokens: Tokens,
  index: PhraseIndex<K>,
  keep = 3,
  accept?: (key: K, offset: number) => boolean,
): Map<K, Found> {
  const found = new Map<K, Found>();
  const { stems, starts, ends } = tokens;
  for (let i = 0; i < stems.length; i++) {
    const candidates = index.byFirst.get(stems[i]!);
    if (!candidates) continue;
    for (const { rest, key } of candidates) {
      let j = 0;
      while (j < rest.length && stems[i + 1 + j] === rest[j]) j++;
      if (j < rest.length) continue;
      let f = found.get(key);
      const full = f !== undefined && f.hits.length >= keep;
      if (!full && accept && !accept(key, starts[i]!)) continue;
      if (!f) found.set(key, (f = { count: 0, hits: [] }));
      f.count++;
      if (!full) f.hits.push({ start: starts[i]!, end: ends[i + rest.length]! });
    }
  }
  return found;
}
