/** Longest quote kept as evidence. */
export const MAX_QUOTE = 200;

const BOUNDARY = /[.!?…;|•·\n]/;
const SPACE = /\s/;
/** How far back or forward a sentence is looked for; past that it is cut. */
const REACH = 4 * MAX_QUOTE;

/**
 * The page's own words around text[start, end): the sentence or clause, or, when longer than
 * MAX_QUOTE, a window around the match cut at word boundaries with "…" where it was cut. Line
 * breaks between blocks become spaces; nothing else is changed, so the quote is verbatim.
 */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !BOUNDARY.test(text[to]!)) to++;
  if (to < text.length && /[.!?…]/.test(text[to]!)) to++;
  while (from < start && SPACE.test(text[from]!)) from++;
  while (to > end && SPACE.test(text[to - 1]!)) to--;
  if (to - from <= MAX_QUOTE) return flat(text.slice(from, to));
  const room = Math.max(0, MAX_QUOTE - 2 - (end - start));
  let left = Math.max(from, start - Math.floor(room / 2));
  const right0 = Math.min(to, left + MAX_QUOTE - 2);
  left = Math.max(from, right0 - (MAX_QUOTE - 2));
  let right = right0;
  // Whole words only: move each cut to the nearest space inside the window.
  if (left > from) {
    while (left < start && !SPACE.test(text[left - 1]!)) left++;
  }
  if (right < to) {
    while (right > end && !SPACE.test(text[right]!)) right--;
  }
  const words = flat(text.slice(left, right));
  return `${left > from ? '…' : ''}${words}${right < to ? '…' : ''}`;
}

/** Block boundaries read as spaces. */
const flat = (s: string) => s.trim().replace(/\s*\n\s*/g, ' ');
