import { clean } from './candidate';

/** How much visible text is kept for qualification; a 5 MB page must stay cheap to score. */
export const PAGE_TEXT_CAP = 200_000;

/** The visible text of a page, whitespace-collapsed and capped. */
export function pageText(doc: Document, cap = PAGE_TEXT_CAP): { text: string; truncated: boolean } {
  const raw = doc.body?.textContent ?? '';
  const truncated = raw.length > cap * 2;
  return { text: clean(raw.slice(0, cap * 2), cap), truncated };
}
