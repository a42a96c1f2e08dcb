import type { CompanyCard, PersonCard } from '../model/social-profile';
import { finish, type SiteAdapter } from './adapter';
import {
  clean,
  definition,
  definitions,
  externalUrl,
  findFollowers,
  linesAfter,
  mainOf,
  metaContent,
  nameHeading,
  norm,
  parseFollowers,
  titleName,
  visibleText,
} from './dom';
import { PATTERNS, SELECTORS, URLS } from './selectors';

const HOST = URLS.viadeo.host;

/** What the address says is on screen, with the canonical address of that page. */
export function viadeoPage(
  url: URL,
): { kind: 'company' | 'person'; canonical: string } | undefined {
  if (!HOST.test(url.hostname)) return undefined;
  const at = (lang: string | undefined, kind: string, slug: string) =>
    `https://${url.hostname}/${lang ? `${lang}/` : ''}${kind}/${slug.toLowerCase()}`;
  const company = URLS.viadeo.company.exec(url.pathname);
  if (company) return { kind: 'company', canonical: at(company[1], 'company', company[2]!) };
  const person = URLS.viadeo.person.exec(url.pathname);
  if (person) return { kind: 'person', canonical: at(person[1], 'profile', person[2]!) };
  return undefined;
}

const inTable = (el: Element) => el.closest('dl, table') !== null;

export const viadeo: SiteAdapter = {
  site: 'viadeo',
  matches: (url) => HOST.test(url.hostname),
  extract(doc, url) {
    const page = viadeoPage(url);
    if (!page) return null;
    const heading = nameHeading(doc);
    const name = heading
      ? visibleText(heading, 300)
      : clean(titleName(metaContent(doc, 'og:title') || doc.title), 300);
    if (!name) return null;
    const main = mainOf(doc) ?? doc.body;
    const defs = definitions(main);
    const defText = (key: Parameters<typeof definition>[1]) => {
      const el = definition(defs, key);
      return el ? visibleText(el, 300) : undefined;
    };
    // Free lines of the top card, outside its definition list.
    const lines = (heading ? linesAfter(heading) : []).filter((l) => !inTable(l.el));

    if (page.kind === 'person') {
      const companyLink = definition(defs, 'currentCompany')?.querySelector('a[href]');
      let currentCompanyUrl: string | undefined;
      try {
        const target = viadeoPage(new URL(companyLink?.getAttribute('href') ?? '', url));
        if (target?.kind === 'company') currentCompanyUrl = target.canonical;
      } catch {
        // not an address
      }
      return finish<PersonCard>({
        kind: 'person',
        site: 'viadeo',
        url: page.canonical,
        name,
        partial: false,
        headline: lines.find((l) => !PATTERNS.connections.test(norm(l.text)))?.text,
        currentCompany: defText('currentCompany'),
        currentCompanyUrl,
        location: defText('location'),
      });
    }

    let followers: number | undefined;
    let tagline: string | undefined;
    for (const { el, text } of lines) {
      if (PATTERNS.followers.test(norm(text))) followers ??= parseFollowers(text);
      else if (el.matches(SELECTORS.tagline)) tagline ??= text;
    }
    const websiteDef = definition(defs, 'website');
    const followersDef = defText('followers');
    return finish<CompanyCard>({
      kind: 'company',
      site: 'viadeo',
      url: page.canonical,
      name,
      partial: false,
      tagline,
      industry: defText('industry'),
      size: defText('size'),
      headquarters: defText('headquarters'),
      website:
        externalUrl(websiteDef?.querySelector('a[href]')?.getAttribute('href'), url, HOST) ??
        externalUrl(websiteDef ? visibleText(websiteDef) : undefined, url, HOST),
      followers:
        followers ??
        (followersDef ? (parseFollowers(`${followersDef} abonnes`) ?? undefined) : undefined) ??
        findFollowers(metaContent(doc, 'og:description')),
    });
  },
};
