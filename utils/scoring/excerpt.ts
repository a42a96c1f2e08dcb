import { EXCERPT_CHARS } from '../model/qualification';
import { ownWords } from './content';
import { pageKindOf } from './page-kind';

/**
 * The organisation's own words on a page, line by line, at most EXCERPT_CHARS: kept with a
 * saved score so that it can be computed again against another persona. A page that does not
 * present the organisation gives none, since its words never counted.
 */
export function ownExcerpt(url: string, text: string): string {
  if (pageKindOf(url, text) !== 'presentation') return '';
  const own = ownWords(text);
  const lines: string[] = [];
  let size = 0;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    if (line && own(at)) {
      if (size + line.length > EXCERPT_CHARS) break;
      lines.push(line);
      size += line.length + 1;
    }
    at = end + 1;
  }
  return lines.join('\n');
}
