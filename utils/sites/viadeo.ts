import type { CompanyCard, PersonCard } from '../model/social-profile';
import { finish } from './adapter';
import {
  clean,
  definition,
  definitions,
  externalUrl,
  linesAfter,
  mainOf,
  metaContent,
  nameHeading,
  norm,
  preciseFollowers,
  sizeOf,
  titleName,
  visibleText,
} from './dom';
import { COMPANY_LABELS_EN, PATTERNS, SELECTORS } from './selectors';
import type { LabelKey, SiteDeclaration, SiteLabels, SiteReader } from './site';

export const site = {
  id: 'viadeo',
  hosts: ['https://*.viadeo.com/*'],
  domain: 'viadeo.com',
  host: /^(?:[a-z]{2}\.|www\.)?viadeo\.com$/,
  pages: {
    company: /^\/(?:(?<lang>[a-z]{2})\/)?(?<kind>company)\/(?<slug>[^/?#]+)/,
    person: /^\/(?:(?<lang>[a-z]{2})\/)?(?<kind>profile)\/(?<slug>[^/?#]+)/,
  },
  identity: ['person'],
} as const satisfies SiteDeclaration;

/** Visible labels of the French and the English interface, compared after `norm`. */
export const labels: SiteLabels = {
  fr: {
    website: ['site web', 'site internet'],
    industry: ['secteur', "secteur d'activite"],
    size: ['effectif', 'taille', "taille de l'entreprise"],
    headquarters: ['siege', 'siege social'],
    followers: ['abonnes'],
    currentCompany: ['entreprise actuelle', 'poste actuel chez'],
    location: ['localisation', 'lieu'],
  },
  en: {
    ...COMPANY_LABELS_EN,
    currentCompany: ['current company'],
    location: ['location'],
  },
};

/** The offline pages (tests/fixtures/social/) from which this reader must read a card. */
export const testCases = ['viadeo-company-fr', 'viadeo-profile-en', 'viadeo-profile-fr'];

/** What the address says is on screen, with the canonical address of that page. */
export function viadeoPage(
  url: URL,
): { kind: 'company' | 'person'; canonical: string } | undefined {
  if (!site.host.test(url.hostname)) return undefined;
  const at = (lang: string | undefined, kind: string, slug: string) =>
    `https://${url.hostname}/${lang ? `${lang}/` : ''}${kind}/${slug.toLowerCase()}`;
  const company = site.pages.company.exec(url.pathname)?.groups;
  if (company) return { kind: 'company', canonical: at(company.lang, 'company', company.slug!) };
  const person = site.pages.person.exec(url.pathname)?.groups;
  if (person) return { kind: 'person', canonical: at(person.lang, 'profile', person.slug!) };
  return undefined;
}

const inTable = (el: Element) => el.closest('dl, table') !== null;

export const read: SiteReader = (doc, url) => {
  const page = viadeoPage(url);
  if (!page) return null;
  const heading = nameHeading(doc);
  const name = heading
    ? visibleText(heading, 300)
    : clean(titleName(metaContent(doc, 'og:title') || doc.title), 300);
  if (!name) return null;
  const main = mainOf(doc) ?? doc.body;
  const defs = definitions(main);
  const defText = (key: LabelKey) => {
    const el = definition(defs, labels, key);
    return el ? visibleText(el, 300) : undefined;
  };
  // Free lines of the top card, outside its definition list.
  const lines = (heading ? linesAfter(heading) : []).filter((l) => !inTable(l.el));

  if (page.kind === 'person') {
    const companyLink = definition(defs, labels, 'currentCompany')?.querySelector('a[href]');
    let currentCompanyUrl: string | undefined;
    try {
      const target = viadeoPage(new URL(companyLink?.getAttribute('href') ?? '', url));
      if (target?.kind === 'company') currentCompanyUrl = target.canonical;
    } catch {
      // not an address
    }
    return finish<PersonCard>({
      kind: 'person',
      site: site.id,
      url: page.canonical,
      name,
      partial: false,
      headline: lines.find((l) => !PATTERNS.connections.test(norm(l.text)))?.text,
      currentCompany: defText('currentCompany'),
      currentCompanyUrl,
      location: defText('location'),
    });
  }

  let followersLine: string | undefined;
  let tagline: string | undefined;
  for (const { el, text } of lines) {
    if (PATTERNS.followers.test(norm(text))) followersLine ??= text;
    else if (el.matches(SELECTORS.tagline)) tagline ??= text;
  }
  const websiteDef = definition(defs, labels, 'website');
  const followersDef = defText('followers');
  return finish<CompanyCard>({
    kind: 'company',
    site: site.id,
    url: page.canonical,
    name,
    partial: false,
    tagline,
    industry: defText('industry'),
    size: sizeOf(defText('size')),
    // A company's page may label its headquarters as its location.
    headquarters: defText('headquarters') ?? defText('location'),
    website:
      externalUrl(websiteDef?.querySelector('a[href]')?.getAttribute('href'), url, site.host) ??
      externalUrl(websiteDef ? visibleText(websiteDef) : undefined, url, site.host),
    followers: preciseFollowers([
      followersLine,
      followersDef && `${followersDef} abonnes`,
      metaContent(doc, 'og:description'),
    ]),
  });
};
