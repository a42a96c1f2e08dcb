/**
 * A person's positions as profile pages list them: each entry shows the job title, then the
 * company (with its logo and page link), then the dates; the current one has no end date.
 * Read by structure, whatever the interface language.
 */
import { clean, norm, visibleText } from './dom';

/** Subtrees not drawn on screen: the screen-reader copies and labels ("Company Name"). */
const UNSEEN =
  'script, style, template, svg, button, [hidden], .visually-hidden, .sr-only, .a11y-text';

export interface Line {
  el: Element;
  text: string;
}

/** The text drawn on screen in an element (what a sighted user reads, copies left out). */
export const seenText = (el: Element, max = 500) => visibleText(el, max, UNSEEN);

const ownText = (el: Element) =>
  Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.textContent ?? ''));

/** Elements with text of their own, in reading order, short ones (not descriptions) only. */
export function seenLines(root: Element, max = 120): Line[] {
  const lines: Line[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!ownText(el) || el.closest(UNSEEN)) continue;
    const text = seenText(el, 1000);
    if (!text || text.length > max || lines.at(-1)?.text === text) continue;
    // A line inside the previous one (a date inside its range) adds nothing.
    if (lines.at(-1)?.el.contains(el)) continue;
    lines.push({ el, text });
  }
  return lines;
}

/** "Dec 2019 - Present · 2 yrs", "January 2008 – Present (5 years)", "2002 – 2005". */
const RANGE = /(?:19|20)\d{2}[^–—\-\d]{0,12}[–—-]\s*([^·(]*)/;

/** Is this line a date range without an end year (a position held today)? Undefined: no range. */
export function openRange(text: string): boolean | undefined {
  const match = RANGE.exec(text);
  return match ? !/(?:19|20)\d{2}/.test(match[1] ?? '') : undefined;
}

export interface Position {
  company?: string;
  companyUrl?: string;
  jobTitle?: string;
}

/** The company written on a line: "Google · Full-time" → "Google". */
const companyOf = (text: string) => clean(text.split(' · ')[0], 300);

/**
 * The entry around a date range: the list item, or the largest element that holds no other range
 * nor the section's own heading.
 */
function entryAround(el: Element, section: Element, ranges: Line[]): Element {
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  let entry = el;
  while (entry.tagName !== 'LI' && entry !== section) {
    const parent = entry.parentElement;
    if (!parent || !section.contains(parent) || (heading && parent.contains(heading))) break;
    if (ranges.some((r) => r.el !== el && parent.contains(r.el))) break;
    entry = parent;
  }
  return entry;
}

function readEntry(
  entry: Element,
  lines: Line[],
  company: string | undefined,
  companyPage: (href: string) => string | undefined,
): Position {
  const own = lines.filter((l) => entry.contains(l.el));
  const dateAt = own.findIndex((l) => openRange(l.text) !== undefined);
  const before = dateAt < 0 ? own : own.slice(0, dateAt);
  const named = company ? before.find((l) => norm(l.text).includes(norm(company))) : undefined;
  // A role of a group lists its title alone: the company heads the group around it.
  const group = before.length === 1 && !named ? entry.parentElement?.closest('li') : undefined;
  const companyLine = named ?? (group ? lines.find((l) => group.contains(l.el)) : before[1]);
  const links = [entry, group].flatMap((e) => (e ? Array.from(e.querySelectorAll('a[href]')) : []));
  return {
    company: company ?? (companyLine ? companyOf(companyLine.text) : undefined),
    jobTitle: before.find((l) => l !== companyLine)?.text,
    companyUrl: links.map((a) => companyPage(a.getAttribute('href') ?? '')).find(Boolean),
  };
}

/**
 * The current position in an experience section: the first entry with an open date range (the
 * one naming `company` when the top card names it), else the entry naming `company`.
 */
export function currentPosition(
  section: Element,
  company: string | undefined,
  companyPage: (href: string) => string | undefined,
): Position | undefined {
  const lines = seenLines(section);
  const ranges = lines.filter((l) => openRange(l.text) !== undefined);
  const names = (el: Element) =>
    !company ||
    [
      seenText(el, 2000),
      ...Array.from(el.querySelectorAll('img[alt]'), (i) => i.getAttribute('alt')),
    ].some((t) => norm(t).includes(norm(company)));
  const open = ranges
    .filter((r) => openRange(r.text))
    .map((r) => entryAround(r.el, section, ranges));
  let entry = open.find(names);
  if (!entry && company) {
    const img = Array.from(section.querySelectorAll('img[alt]')).find((i) =>
      norm(i.getAttribute('alt')).includes(norm(company)),
    );
    const line = lines.find((l) => norm(l.text).includes(norm(company)));
    entry = (img ?? line?.el)?.closest('li') ?? undefined;
  }
  return entry ? readEntry(entry, lines, company, companyPage) : undefined;
}
