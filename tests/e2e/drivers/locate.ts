import type { Seen, Target } from '../flows/driver';

/**
 * Finds a target in the page, in the page: both browsers run this same function, so a target
 * means the same thing in Chromium and Firefox. Self-contained (it is serialised into the page).
 * `op` 'see' describes the first match, 'element' returns it, 'focused' says if it has focus.
 */
export function locateInPage([target, op]: readonly [Target, 'see' | 'element' | 'focused']) {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (actual: string, want: string, exact?: boolean) =>
    exact ? norm(actual) === want : norm(actual).toLowerCase().includes(want.toLowerCase());
  const byIds = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const labelOf = (el: Element) =>
    el.getAttribute('aria-label') ??
    (el.hasAttribute('aria-labelledby')
      ? byIds(el.getAttribute('aria-labelledby'))
      : [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' '));
  const nameOf = (el: Element) =>
    el.getAttribute('aria-label') ??
    (el.hasAttribute('aria-labelledby')
      ? byIds(el.getAttribute('aria-labelledby'))
      : el instanceof HTMLInputElement
        ? el.value
        : (el.textContent ?? ''));
  const visible = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) && !el.closest('[aria-hidden="true"]');
  const roles: Record<string, string> = {
    button: 'button, [role=button], input[type=submit], input[type=button]',
    status: '[role=status], output',
    alert: '[role=alert]',
    meter: 'meter, [role=meter]',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  };
  const find = (root: ParentNode, t: Target): Element[] => {
    const base = t.within ? find(root, t.within).slice(0, 1) : [root];
    const all = base.flatMap((r): Element[] => {
      if ('testId' in t) return [...r.querySelectorAll(`[data-testid="${t.testId}"]`)];
      if ('css' in t) return [...r.querySelectorAll(t.css)];
      if ('role' in t)
        return [...r.querySelectorAll(roles[t.role]!)].filter(
          (el) => visible(el) && (t.name === undefined || matches(nameOf(el), t.name, t.exact)),
        );
      if ('label' in t)
        return [...r.querySelectorAll('input, select, textarea, [aria-label]')].filter((el) =>
          matches(labelOf(el), t.label, t.exact),
        );
      // Text: the innermost elements whose text matches.
      const hits = [...r.querySelectorAll('body *')].filter(
        (el) =>
          !['SCRIPT', 'STYLE'].includes(el.tagName) &&
          matches(el.textContent ?? '', t.text, t.exact),
      );
      return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
    });
    const kept =
      t.hasText === undefined ? all : all.filter((el) => matches(el.textContent ?? '', t.hasText!));
    if (t.nth === undefined) return kept;
    const one = kept.at(t.nth);
    return one ? [one] : [];
  };
  const found = find(document, target);
  const first = found[0];
  if (op === 'element') return first ?? null;
  if (op === 'focused') return first !== undefined && first === document.activeElement;
  const seen: Seen = {
    count: found.length,
    texts: found.map((el) => norm(el.textContent)),
    text: norm(first?.textContent),
    value: first && 'value' in first ? String((first as HTMLInputElement).value) : '',
    visible: first ? visible(first) : false,
    attributes: Object.fromEntries(
      [...(first?.attributes ?? [])].map((a) => [a.name, a.value] as const),
    ),
  };
  return seen;
}

/** A target in words, for failure messages. */
export function describe(t: Target): string {
  const { within, nth, hasText, ...rest } = t;
  const what = Object.entries(rest)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  const having = hasText === undefined ? '' : ` having ${JSON.stringify(hasText)}`;
  return `${what}${having}${nth === undefined ? '' : ` #${nth}`}${within ? ` in (${describe(within)})` : ''}`;
}
