/** Text primitives shared by extraction, site adapters, scoring, CSV and the list page. */

/** Each non-ASCII character seen, without its accents ("É" → "E", "œ" → "œ"). */
const BARE = new Map<string, string>();

/**
 * Lower case without accents: "Élodie" and "elodie" match. The same as NFD, dropping the marks
 * and lower-casing, but only the non-ASCII characters are decomposed, one by one and memoised:
 * normalising whole texts was most of the cost of loading 50,000 rows (twice as slow).
 */
export const fold = (text: string) =>
  text
    .replace(/[^\0-\x7f]/gu, (c) => {
      let b = BARE.get(c);
      if (b === undefined) BARE.set(c, (b = c.normalize('NFD').replace(/\p{M}/gu, '')));
      return b;
    })
    .toLowerCase();

/** Folded letters and digits only, one space between words: "Téléphone (fixe)" → "telephone fixe". */
export const collapse = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Folded letters and digits alone, to compare names with hosts: "Atelier Lumen" → "atelierlumen". */
export const slug = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '');

/** Collapse whitespace (no-break spaces included) and cap length: page text is unbounded. */
export function clean(text: string | null | undefined, max = 2000): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Tags as typed or imported: separated by commas or semicolons (or `|`, a line), each once. */
export const parseTags = (text: string) => [
  ...new Set(
    text
      .split(/[,;|\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];
