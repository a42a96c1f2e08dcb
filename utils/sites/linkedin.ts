import type { CompanyCard, PersonCard } from '../model/social-profile';
import { finish } from './adapter';
import {
  clean,
  definition,
  definitions,
  externalUrl,
  findFollowers,
  isLabel,
  jsonLdItems,
  ldText,
  linesAfter,
  mainOf,
  metaContent,
  nameHeading,
  norm,
  parseFollowers,
  startsWithLabel,
  titleName,
  visibleText,
  type Block,
} from './dom';
import { COMPANY_LABELS_EN, PATTERNS, SELECTORS } from './selectors';
import type { LabelKey, SiteDeclaration, SiteLabels, SiteReader } from './site';

export const site = {
  id: 'linkedin',
  hosts: ['https://www.linkedin.com/*'],
  domain: 'linkedin.com',
  host: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/,
  pages: {
    company: /^\/(?<kind>company|school|showcase)\/(?<slug>[^/?#]+)/,
    person: /^\/(?<kind>in)\/(?<slug>[^/?#]+)/,
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
      canonical: `https://www.linkedin.com/in/${person.slug!.toLowerCase()}/`,
    };
  }
  return undefined;
}

/** The name when the top card is not rendered yet: og:title, then the tab title. */
function fallbackName(doc: Document, kind: 'company' | 'person'): string {
  const og = titleName(metaContent(doc, 'og:title'));
  // A person's og:title adds their company: "Claire Martin – Atelier Lumen".
  const fromOg = kind === 'person' ? (og.split(/\s+[–-]\s+/)[0] ?? '') : og;
  return clean(fromOg || titleName(doc.title), 300);
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
  let followers: number | undefined;
  let size: string | undefined;
  const info: string[] = [];
  for (const { el, text } of heading ? linesAfter(heading) : []) {
    const n = norm(text);
    if (PATTERNS.followers.test(n)) followers ??= parseFollowers(text);
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

  const followersDef = defText('followers');
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
    size: defText('size') ?? size,
    headquarters: defText('headquarters') ?? hqLine ?? (ldHq || undefined),
    website,
    followers:
      followers ??
      (followersDef ? findFollowers(followersDef) : undefined) ??
      findFollowers(metaContent(doc, 'og:description')),
  });
}

/** The line that holds the "Contact info" link, and the location written before it. */
function locationBeside(lines: Block[]): { location?: string; contactLine?: Block } {
  for (const [i, line] of lines.entries()) {
    const link = Array.from(line.el.querySelectorAll('a')).find((a) =>
      isLabel(labels, 'contactInfo', visibleText(a)),
    );
    if (!link && !isLabel(labels, 'contactInfo', line.text)) continue;
    const rest = clean(line.text.replace(link ? visibleText(link) : line.text, ''))
      .replace(/^[·•|,\s]+|[·•|,\s]+$/g, '')
      .trim();
    return { location: rest || lines[i - 1]?.text, contactLine: line };
  }
  return {};
}

/** The current company's page, from the first Experience entry that names it. */
function companyUrlIn(main: Element, company: string, base: URL): string | undefined {
  const heading = Array.from(main.querySelectorAll('h2')).find((h) =>
    isLabel(labels, 'experience', visibleText(h)),
  );
  const section = heading?.closest(SELECTORS.topCard);
  if (!section) return undefined;
  for (const a of Array.from(section.querySelectorAll('a[href]'))) {
    const alts = Array.from(a.querySelectorAll('img[alt]')).map((img) => img.getAttribute('alt'));
    if (!norm([visibleText(a), ...alts].join(' ')).includes(norm(company))) continue;
    try {
      const page = linkedinPage(new URL(a.getAttribute('href') ?? '', base));
      if (page?.kind === 'company') return page.canonical;
    } catch {
      // not an address
    }
  }
  return undefined;
}

function personCard(doc: Document, url: URL, canonical: string): PersonCard | null {
  const heading = nameHeading(doc);
  const ld = ldOf(doc, ['Person']);
  const name = heading
    ? visibleText(heading, 300)
    : fallbackName(doc, 'person') || ldText(ld?.name);
  if (!name) return null;
  const main = mainOf(doc) ?? doc.body;
  const lines = heading ? linesAfter(heading) : [];
  const { location, contactLine } = locationBeside(lines);
  const headline = lines.find(
    (l) =>
      l !== contactLine &&
      l.text !== location &&
      !PATTERNS.badge.test(norm(l.text)) &&
      !PATTERNS.connections.test(norm(l.text)),
  )?.text;

  const card = heading?.parentElement?.closest(SELECTORS.topCard) ?? main;
  let currentCompany: string | undefined;
  for (const el of Array.from(card.querySelectorAll('[aria-label]'))) {
    const match = PATTERNS.currentCompanyLabel.exec(clean(el.getAttribute('aria-label'), 400));
    if (!match) continue;
    currentCompany = clean(match[1], 300);
    break;
  }
  currentCompany ??= ldText(ld?.worksFor) || undefined;

  return finish<PersonCard>({
    kind: 'person',
    site: site.id,
    url: canonical,
    name,
    partial: false,
    headline,
    currentCompany,
    currentCompanyUrl: currentCompany ? companyUrlIn(main, currentCompany, url) : undefined,
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
