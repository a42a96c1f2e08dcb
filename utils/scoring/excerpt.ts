import { EXCERPT_CHARS } from '../model/qualification';
import { ownWords } from './content';
import { pageKindOf } from './page-kind';
import { PAGE_BREAK, scoredPages, type SitePage } from './site-pages';

/** A text's own lines, in order, while they fit in `room` characters. */
function ownLines(text: string, room: number): string {
  const own = ownWords(text);
  const lines: string[] = [];
  let size = 0;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    if (line && own(at)) {
      if (size + line.length > room) break;
      lines.push(line);
      size += line.length + 1;
    }
    at = end + 1;
  }
  return lines.join('\n');
}

/**
 * The words a score was computed on, at most EXCERPT_CHARS: kept with a saved score so that it
 * can be computed again against another persona. The page's own words, line by line; for a page
 * that does not present the organisation, those of the site pages scored in its place (`site`,
 * as qualify() was given them), one part each, in their order, split by a blank line. Such a page
 * read alone gives none, since its words never counted.
 */
export function ownExcerpt(url: string, text: string, site: readonly SitePage[] = []): string {
  const kind = pageKindOf(url, text);
  if (kind === 'presentation') return ownLines(text, EXCERPT_CHARS);
  const pages = scoredPages(kind, site);
  // Each page has its share of the room; what one leaves goes to the next.
  let room = EXCERPT_CHARS - PAGE_BREAK.length * Math.max(0, pages.length - 1);
  return pages
    .map((p, i) => {
      const part = ownLines(p.text, Math.floor(room / (pages.length - i)));
      room -= part.length;
      return part;
    })
    .join(PAGE_BREAK);
}
