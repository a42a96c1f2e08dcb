import { clean } from '../text';
import { absoluteUrl, snippet } from './core/candidate';
import type { Candidate, Extractor, TestCase } from './core/candidate';
import { normaliseEmail } from './core/email';
import { inlineText } from './core/page-text';
import { parseTel } from './core/phone';
import { countryCode } from '../countries';
import { sameSite } from './core/site';

/** Microformats: h-card (mf2) and the older vcard (mf1) class names. */
const PROP: Record<string, string[]> = {
  name: ['p-name', 'fn'],
  org: ['p-org', 'org'],
  url: ['u-url', 'url'],
  email: ['u-email', 'email'],
  tel: ['p-tel', 'tel'],
  street: ['p-street-address', 'street-address'],
  postalCode: ['p-postal-code', 'postal-code'],
  city: ['p-locality', 'locality'],
  country: ['p-country-name', 'country-name'],
  logo: ['u-logo', 'logo'],
  note: ['p-note', 'note'],
  role: ['p-job-title', 'title', 'p-role', 'role'],
};

function value(card: Element, prop: string): { text: string; el: Element } | undefined {
  for (const cls of PROP[prop]!) {
    const el =
      card.classList.contains(cls) && prop === 'name' ? card : card.querySelector(`.${cls}`);
    if (!el) continue;
    const tag = el.nodeName.toUpperCase();
    const raw =
      (tag === 'A' || tag === 'LINK') &&
      (cls.startsWith('u-') || ['url', 'email', 'logo'].includes(cls))
        ? el.getAttribute('href')
        : tag === 'IMG'
          ? el.getAttribute('src')
          : tag === 'DATA' || tag === 'INPUT'
            ? el.getAttribute('value')
            : tag === 'ABBR'
              ? (el.getAttribute('title') ?? inlineText(el, 300))
              : inlineText(el, 300);
    const text = clean(raw ?? (tag === 'A' ? el.getAttribute('href') : ''), 300);
    if (text) return { text, el };
  }
  return undefined;
}

export const hcard: Extractor = {
  id: 'hcard',
  extract(page) {
    // Authors of posts and comments are people writing on the site, not the site.
    const cards = page.found.hcards.filter(
      (c) =>
        !/\b(?:p-author|u-author|author)\b/.test(c.getAttribute('class') ?? '') &&
        !c.closest('.h-entry, .h-cite, .comment, article'),
    );
    if (cards.length === 0) return [];
    // The site's own card: one with an org, or whose URL is the site's; else the first.
    const card =
      cards.find((c) => value(c, 'org')) ??
      cards.find((c) => {
        return sameSite(absoluteUrl(value(c, 'url')?.text, page.url), page.url);
      }) ??
      cards[0]!;
    const out: Candidate[] = [];
    const source = 'hcard' as const;
    const org = value(card, 'org');
    const name = value(card, 'name');
    const isOrgName =
      name && (name.el.classList.contains('p-org') || name.el.classList.contains('org'));
    const orgName = org?.text ?? (isOrgName ? name.text : undefined);
    if (orgName)
      out.push({
        field: 'name',
        value: orgName,
        source,
        confidence: 0.8,
        snippet: snippet(orgName),
      });
    if (name && !isOrgName) {
      const role = value(card, 'role')?.text;
      if (orgName)
        out.push({
          field: 'person',
          value: role ? { name: name.text.slice(0, 120), role } : { name: name.text.slice(0, 120) },
          source,
          confidence: 0.75,
          snippet: snippet(name.text),
        });
      else
        out.push({
          field: 'name',
          value: name.text,
          source,
          confidence: 0.7,
          snippet: snippet(name.text),
        });
    }
    const url = absoluteUrl(value(card, 'url')?.text, page.url);
    if (url)
      out.push({ field: 'website', value: url, source, confidence: 0.7, snippet: snippet(url) });
    const logo = absoluteUrl(value(card, 'logo')?.text, page.url);
    if (logo)
      out.push({ field: 'logo', value: logo, source, confidence: 0.75, snippet: snippet(logo) });
    const note = value(card, 'note')?.text;
    if (note)
      out.push({
        field: 'description',
        value: note,
        source,
        confidence: 0.6,
        snippet: snippet(note),
      });
    const email = value(card, 'email');
    const e = email && normaliseEmail(email.el.getAttribute('href') ?? email.text);
    if (e)
      out.push({
        field: 'email',
        value: e,
        source,
        confidence: 0.85,
        snippet: snippet(email.text),
      });
    const tel = value(card, 'tel');
    const t = tel && parseTel(tel.el.getAttribute('href') ?? tel.text, page.region);
    if (t && tel)
      out.push({
        field: 'phone',
        value: t,
        display: tel.text.slice(0, 40),
        source,
        confidence: 0.85,
        snippet: snippet(tel.text),
      });
    const street = value(card, 'street')?.text;
    const postalCode = value(card, 'postalCode')?.text;
    const city = value(card, 'city')?.text;
    const country = value(card, 'country')?.text;
    if (street || city) {
      const address = Object.fromEntries(
        Object.entries({
          street,
          postalCode,
          city,
          country: country ? countryCode(country) : undefined,
        }).filter(([, v]) => v),
      );
      out.push({
        field: 'address',
        value: address,
        source,
        confidence: 0.85,
        snippet: snippet([street, postalCode, city].join(' ')),
      });
    }
    return out;
  },
};

/** Fixture pages where this source finds these fields (checked by tests/unit/extract). */
export const testCases: TestCase[] = [
  {
    page: 'sites/garage-dupuis/index.html',
    fields: ['address', 'description', 'name', 'phone', 'website'],
  },
  { page: 'sites/mediatheque-ville/index.html', fields: ['name', 'person'] },
];
