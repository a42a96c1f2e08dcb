import type { CompanyCard, PersonCard } from '../model/social-profile';
import { finish } from './adapter';
import {
  clean,
  definition,
  definitions,
  externalUrl,
  isLabel,
  jsonLdItems,
  ldText,
  linesAfter,
  mainOf,
  metaContent,
  nameHeading,
  norm,
  preciseFollowers,
  sizeOf,
  startsWithLabel,
  titleName,
  visibleText,
} from './dom';
import { currentPosition, seenText } from './positions';
import { COMPANY_LABELS_EN, PATTERNS, SELECTORS } from './selectors';
import type { LabelKey, SiteDeclaration, SiteLabels, SiteReader } from './site';

export const site = {
  id: 'linkedin',
  hosts: ['https://www.linkedin.com/*'],
  domain: 'linkedin.com',
  host: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/,
  pages: {
    company: /^\/(?<kind>company|school|showcase)\/(?<slug>[^/?#]+)/,
    // "/pub/<name>/7/154/181": the public address of the older profiles.
    person: /^\/(?<kind>in|pub)\/(?<slug>[^/?#]+(?:(?:\/[\da-f]{1,3}){3})?)/,
  },
  identity: ['company', 'person'],
} as const satisfies SiteDeclaration;

/** Visible labels of the French and the English interface, compared after `norm`. */
export const labels: SiteLabels = {
  fr: {
    website: ['site web'],
    industry: ['secteur'],
    size: ["taille de l'entreprise"],
    headquarters: ['siege social'],
    followers: ['abonnes'],
    contactInfo: ['coordonnees'],
    visitWebsite: ['visiter le site web', 'voir le site web'],
    experience: ['experience'],
  },
  en: {
    ...COMPANY_LABELS_EN,
    contactInfo: ['contact info'],
    visitWebsite: ['visit website'],
    experience: ['experience'],
  },
};

/** The offline pages (tests/fixtures/social/) from which this reader must read a card. */
export const testCases = [
  'linkedin-company-about-en',
  'linkedin-company-about-fr',
  'linkedin-company-fr',
  'linkedin-company-jsonld-en',
  'linkedin-company-partial-en',
  'linkedin-loading',
  'linkedin-person-en',
  'linkedin-person-fr',
  'linkedin-person-hashed',
  'linkedin-person-partial',
];

/** What the address says is on screen, with the canonical address of that page. */
export function linkedinPage(
  url: URL,
): { kind: 'company' | 'person'; canonical: string } | undefined {
  if (!site.host.test(url.hostname)) return undefined;
  const company = site.pages.company.exec(url.pathname)?.groups;
  if (company) {
    return {
      kind: 'company',
      canonical: `https://www.linkedin.com/${company.kind}/${company.slug!.toLowerCase()}/`,
    };
  }
  const person = site.pages.person.exec(url.pathname)?.groups;
  if (person) {
    return {
      kind: 'person',
      canonical: `https://www.linkedin.com/${person.kind}/${person.slug!.toLowerCase()}/`,
    };
  }
  return undefined;
}

/**
 * The name when the top card is not rendered yet: og:title, then the tab title. A person's title
 * adds their company ("Claire Martin – Atelier Lumen"); a sub-page's title starts with its
 * section ("Experience | Kireet Agrawal").
 */
function fallbackName(doc: Document, kind: 'company' | 'person', sub = false): string {
  if (kind === 'company') return clean(titleName(metaContent(doc, 'og:title') || doc.title), 300);
  const segments = titleName(metaContent(doc, 'og:title') || doc.title).split(' | ');
  const name = (sub ? segments.at(-1) : segments[0]) ?? '';
  return clean(name.split(/\s+[–-]\s+/)[0], 300);
}

function ldOf(doc: Document, types: readonly string[]): Record<string, unknown> | undefined {
  return jsonLdItems(doc).find((item) => {
    const type = item['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => types.includes(String(t)));
  });
}

function companyCard(doc: Document, url: URL, canonical: string): CompanyCard | null {
  const heading = nameHeading(doc);
  const ld = ldOf(doc, ['Organization', 'Corporation', 'LocalBusiness', 'EducationalOrganization']);
  const name = heading
    ? visibleText(heading, 300)
    : fallbackName(doc, 'company') || ldText(ld?.name);
  if (!name) return null;

  const main = mainOf(doc) ?? doc.body;
  const defs = definitions(main);
  let tagline: string | undefined;
  let followersLine: string | undefined;
  let size: string | undefined;
  const info: string[] = [];
  for (const { el, text } of heading ? linesAfter(heading) : []) {
    const n = norm(text);
    if (PATTERNS.followers.test(n)) followersLine ??= text;
    else if (PATTERNS.sizeRange.test(n)) size ??= text;
    else if (PATTERNS.memberCount.test(n) || startsWithLabel(labels, 'visitWebsite', text))
      continue;
    else if (el.matches(SELECTORS.tagline) && tagline === undefined && info.length === 0)
      tagline = text;
    else info.push(text);
  }
  // The top card lists "industry · headquarters" without labels: trust the order only when
  // both are there; one line alone could be either.
  const [industryLine, hqLine] = info.length === 2 ? info : [];

  const defText = (key: LabelKey) => {
    const el = definition(defs, labels, key);
    return el ? visibleText(el, 300) : undefined;
  };
  const websiteDef = definition(defs, labels, 'website');
  const visitLink = Array.from(main.querySelectorAll('a[href]')).find(
    (a) =>
      startsWithLabel(labels, 'visitWebsite', visibleText(a)) ||
      startsWithLabel(labels, 'visitWebsite', a.getAttribute('aria-label') ?? ''),
  );
  const website =
    externalUrl(websiteDef?.querySelector('a[href]')?.getAttribute('href'), url, site.host) ??
    externalUrl(websiteDef ? visibleText(websiteDef) : undefined, url, site.host) ??
    externalUrl(visitLink?.getAttribute('href'), url, site.host) ??
    externalUrl(typeof ld?.url === 'string' ? ld.url : undefined, url, site.host);

  const ldAddress = ld?.address as Record<string, unknown> | undefined;
  const ldHq = [ldText(ldAddress?.addressLocality), ldText(ldAddress?.addressRegion)]
    .filter(Boolean)
    .join(', ');

  return finish<CompanyCard>({
    kind: 'company',
    site: site.id,
    url: canonical,
    name,
    partial: false,
    tagline,
    industry: defText('industry') ?? industryLine,
    size: sizeOf(defText('size') ?? size),
    headquarters: defText('headquarters') ?? hqLine ?? (ldHq || undefined),
    website,
    followers: preciseFollowers([
      followersLine,
      defText('followers'),
      metaContent(doc, 'og:description'),
    ]),
  });
}

/** The location written just before the link to the contact details, on the same line. */
function locationBefore(card: Element): string | undefined {
  const link = Array.from(card.querySelectorAll('a[href]')).find(
    (a) => a.matches(SELECTORS.contactLink) || isLabel(labels, 'contactInfo', visibleText(a)),
  );
  let wrapper: Element | null | undefined = link;
  while (wrapper?.parentElement && wrapper.parentElement.children.length === 1)
    wrapper = wrapper.parentElement;
  const before = wrapper?.previousElementSibling;
  return before && !before.matches('a, button') ? visibleText(before, 200) : undefined;
}

function personLocation(card: Element): string | undefined {
  const el = card.querySelector(SELECTORS.location);
  // The hCard locality is part of its definition: "La Jolla, California (Greater San Diego Area)".
  const value = el?.parentElement?.tagName === 'DD' ? el.parentElement : el;
  return (value ? visibleText(value, 200) : undefined) || locationBefore(card);
}

/** The experience list: its section, or the whole page on the experience sub-page. */
function experienceOf(main: Element, url: URL): Element | undefined {
  if (/^\/[^/]+\/[^/]+\/details\/experience/.test(url.pathname)) return main;
  const anchor = main.querySelector(SELECTORS.experience);
  if (anchor)
    return seenText(anchor) ? anchor : (anchor.parentElement?.closest('section') ?? undefined);
  const heading = Array.from(main.querySelectorAll('h2')).find((h) =>
    isLabel(labels, 'experience', visibleText(h)),
  );
  return heading?.closest(SELECTORS.topCard) ?? undefined;
}

const companyPage = (href: string, base: URL) => {
  try {
    const page = linkedinPage(new URL(href, base));
    return page?.kind === 'company' ? page.canonical : undefined;
  } catch {
    return undefined;
  }
};

function personCard(doc: Document, url: URL, canonical: string): PersonCard | null {
  // A sub-page of the profile: "/in/<slug>/details/experience/".
  const profile = site.pages.person.exec(url.pathname)?.[0] ?? '';
  const sub = url.pathname.slice(profile.length).replace(/\//g, '') !== '';
  const heading = nameHeading(doc);
  const ld = ldOf(doc, ['Person']);
  const name = heading
    ? visibleText(heading, 300)
    : fallbackName(doc, 'person', sub) || ldText(ld?.name);
  if (!name) return null;
  const main = mainOf(doc) ?? doc.body;
  const card =
    heading?.parentElement?.closest(SELECTORS.personCard) ?? (heading ? main : undefined);
  const location = card ? personLocation(card) : undefined;
  const lines = heading ? linesAfter(heading) : [];
  const headlineEl = card?.querySelector(SELECTORS.headline);
  const headline =
    (headlineEl && visibleText(headlineEl)) ||
    lines.find(
      (l) =>
        l.text !== location &&
        !isLabel(labels, 'contactInfo', l.text) &&
        !PATTERNS.badge.test(norm(l.text)) &&
        !PATTERNS.connections.test(norm(l.text)),
    )?.text;

  let topCompany: string | undefined;
  for (const el of Array.from(card?.querySelectorAll('[aria-label]') ?? [])) {
    const match = PATTERNS.currentCompanyLabel.exec(clean(el.getAttribute('aria-label'), 400));
    if (!match) continue;
    topCompany = clean(match[1], 300);
    break;
  }
  const experience = experienceOf(main, url);
  const position = experience
    ? currentPosition(experience, topCompany, (href) => companyPage(href, url))
    : undefined;
  const currentCompany = position?.company ?? topCompany ?? (ldText(ld?.worksFor) || undefined);

  return finish<PersonCard>({
    kind: 'person',
    site: site.id,
    url: canonical,
    name,
    partial: false,
    headline,
    currentCompany,
    currentCompanyUrl: currentCompany ? position?.companyUrl : undefined,
    jobTitle: position?.jobTitle,
    location:
      location ?? (ldText((ld?.address as Record<string, unknown>)?.addressLocality) || undefined),
  });
}

export const read: SiteReader = (doc, url) => {
  const page = linkedinPage(url);
  if (!page) return null;
  return page.kind === 'company'
    ? companyCard(doc, url, page.canonical)
    : personCard(doc, url, page.canonical);
};
