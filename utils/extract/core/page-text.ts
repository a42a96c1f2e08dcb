/** How much visible text is kept for qualification; a 5 MB page must stay cheap to score. */
export const PAGE_TEXT_CAP = 200_000;
/** How much of a home or about page's text is sent back to be scored: its own words lie within. */
export const SITE_TEXT_CAP = 50_000;

/** Elements whose text a visitor never reads. */
export const INVISIBLE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
]);
/**
 * Elements a browser lays out as blocks (list items, table rows and cells, form controls
 * included): their text starts a line and ends it. Any other element is inline, its text joined
 * to its neighbours' by the whitespace between them in the source, or by nothing.
 */
export const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LABEL LEGEND LI MAIN MENU NAV OL OPTION P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * The text of a node as a browser shows it, in the same way in a page and in linkedom (no
 * layout, so not innerText): a run of whitespace is one space, even a whitespace-only text node
 * between two inline elements ("<b>Association</b> <i>loi 1901</i>"); a block or a <br> ends a
 * line; lines are trimmed, empty ones dropped. Bounded: the walk stops once `cap` characters are
 * gathered.
 */
export function visibleText(
  root: Node | null | undefined,
  cap = PAGE_TEXT_CAP,
): { text: string; truncated: boolean } {
  let out = '';
  let truncated = false;
  const stack: Node[] = root ? [root] : [];
  while (stack.length > 0) {
    if (out.length >= cap) {
      truncated = true;
      break;
    }
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) out += '\n';
    else if (node.nodeType === 3) out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    else if (node.nodeType === 1) {
      const tag = node.nodeName.toUpperCase();
      if (INVISIBLE.has(tag)) continue;
      if (tag === 'BR') out += '\n';
      else if (BLOCK.has(tag)) {
        out += '\n';
        stack.push(END_OF_BLOCK);
      }
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  const text = out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, cap);
  return { text, truncated };
}

/** The visible text of a page, one line per block, capped. */
export const pageText = (doc: Document, cap = PAGE_TEXT_CAP) => visibleText(doc.body, cap);

/** An element's visible text on one line ("Nos<br>valeurs" → "Nos valeurs"), capped. */
export const inlineText = (el: Element, cap: number) =>
  visibleText(el, cap).text.replace(/\n/g, ' ').slice(0, cap);

/** A marker pushed below a block's children on the stack, to end its line after them. */
const END_OF_BLOCK = {} as Node;
