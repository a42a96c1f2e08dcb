/** How much visible text is kept for qualification; a 5 MB page must stay cheap to score. */
export const PAGE_TEXT_CAP = 200_000;
/** How much of a home or about page's text is sent back to be scored: its own words lie within. */
export const SITE_TEXT_CAP = 50_000;

/** Elements whose text a visitor never reads. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);
/** Elements that start a new line, so that a heading does not run into the next paragraph. */
const BLOCK =
  /^(P|DIV|H[1-6]|LI|UL|OL|DL|DT|DD|BR|HR|TR|TD|TH|TABLE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|NAV|MAIN|ADDRESS|BLOCKQUOTE|FIGCAPTION|PRE|FORM|LABEL|BUTTON|OPTION)$/;

/**
 * The visible text of a page, one line per block, whitespace collapsed within lines, capped.
 * Bounded: the walk stops once `cap` characters are gathered.
 */
export function pageText(doc: Document, cap = PAGE_TEXT_CAP): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length > 0) {
    if (length >= cap) {
      truncated = true;
      break;
    }
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (text.trim()) {
        parts.push(text);
        length += text.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (HIDDEN.has(tag)) continue;
    const block = BLOCK.test(tag);
    if (block) stack.push(END_OF_BLOCK);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    if (block) parts.push('\n');
  }
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, cap);
  return { text, truncated };
}

/** A marker pushed below a block's children on the stack, to end its line after them. */
const END_OF_BLOCK = {} as Node;
