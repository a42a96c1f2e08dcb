/** Longest quote kept as evidence. */
export const MAX_QUOTE = 200;

const BOUNDARY = /[.!?…;|•·\n]/;

/**
 * The sentence around text[start, end), trimmed to MAX_QUOTE characters around the match,
 * with an ellipsis where it was cut.
 */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_QUOTE && !BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_QUOTE && !BOUNDARY.test(text[to]!)) to++;
  if (to < text.length && /[.!?…]/.test(text[to]!)) to++;
  let quote = text.slice(from, to).trim();
  if (quote.length <= MAX_QUOTE) return quote;
  // Too long: keep a window centred on the match.
  const room = MAX_QUOTE - 2 - (end - start);
  const left = Math.max(from, start - Math.floor(Math.max(room, 0) / 2));
  const right = Math.min(to, left + MAX_QUOTE - 2);
  quote = text.slice(left, right).trim();
  return `${left > from ? '…' : ''}${quote}${right < to ? '…' : ''}`.slice(0, MAX_QUOTE);
}
