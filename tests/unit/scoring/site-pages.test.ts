import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rescoreOne } from '@/utils/background/rescore';
import { parseDocument } from '@/utils/cli/read-site';
import { extractOrganisation } from '@/utils/extract';
import { pageTargets } from '@/utils/extract/core/enrich';
import { readSameOriginPage } from '@/utils/extract/core/in-page';
import { pageText } from '@/utils/extract/core/page-text';
import { PersonaSchema } from '@/utils/model/persona';
import { DEFAULT_EDITS, type Prospect } from '@/utils/model/prospect';
import { EXCERPT_CHARS, QualificationSchema } from '@/utils/model/qualification';
import { compilePersona, ownExcerpt, qualify } from '@/utils/scoring';
import { pageKindOf } from '@/utils/scoring/page-kind';
import { PAGE_BREAK, type SitePage } from '@/utils/scoring/site-pages';

const SITE = 'tests/fixtures/sites/velo-solidaire-vallon';
const ORIGIN = 'https://velo-solidaire-vallon.example';
const ARTICLE = `${ORIGIN}/actualites/fete-du-velo.html`;
const ux = compilePersona(
  PersonaSchema.parse(JSON.parse(readFileSync('public/personas/ux-designer.fr.json', 'utf8'))),
);

/** The fixture site served as its origin serves it to the tab's fetch. */
const siteFetch = (async (url: string) => {
  const path = new URL(url).pathname;
  const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) return new Response('not found', { status: 404 });
  return new Response(readFileSync(file), { headers: { 'content-type': 'text/html' } });
}) as typeof fetch;

/** The article as the content script reads it, then its site pages read through the tab. */
async function readArticle() {
  const doc = parseDocument(readFileSync(join(SITE, 'actualites/fete-du-velo.html'), 'utf8'));
  const draft = extractOrganisation(doc, ARTICLE);
  const { text } = pageText(doc);
  const here = new URL(ARTICLE) as unknown as Location;
  const site: SitePage[] = [];
  for (const target of pageTargets(doc, ARTICLE, draft).site) {
    const read = await readSameOriginPage(target.url, here, siteFetch, parseDocument, true);
    if ('draft' in read && read.text !== undefined)
      site.push({
        kind: target.kind === 'home' ? 'home' : 'about',
        url: target.url,
        text: read.text,
      });
  }
  return { doc, draft, text, site };
}

describe('an article scored on its site’s home and about pages', () => {
  it('finds the home page and the about page the article links to', async () => {
    const { doc, draft, text } = await readArticle();
    expect(pageKindOf(ARTICLE, text)).toBe('article');
    expect(pageTargets(doc, ARTICLE, draft).site).toEqual([
      { url: `${ORIGIN}/`, label: 'velo-solidaire-vallon.example', kind: 'home' },
      { url: `${ORIGIN}/a-propos.html`, label: 'Qui sommes-nous', kind: 'about' },
    ]);
    // The home page is not read in place of itself.
    const home = parseDocument(readFileSync(join(SITE, 'index.html'), 'utf8'));
    const homeDraft = extractOrganisation(home, `${ORIGIN}/`);
    expect(pageTargets(home, `${ORIGIN}/`, homeDraft).site.map((t) => t.kind)).toEqual(['about']);
  });

  it('reads an other origin’s page never, and a page’s text only when asked', async () => {
    const here = new URL(ARTICLE) as unknown as Location;
    expect(
      await readSameOriginPage('https://ailleurs.example/', here, siteFetch, parseDocument, true),
    ).toEqual({ error: 'not the same origin' });
    const fields = await readSameOriginPage(`${ORIGIN}/`, here, siteFetch, parseDocument);
    expect(fields).toHaveProperty('draft');
    expect(fields).not.toHaveProperty('text');
  });

  it('alone, the article’s words never count and it is no good fit', async () => {
    const { draft, text } = await readArticle();
    const q = qualify(draft, text, ux);
    expect(q.pageKind).toBe('article');
    expect(q.scoredOn).toBeUndefined();
    expect(['good', 'excellent']).not.toContain(q.band);
    expect(ownExcerpt(ARTICLE, text)).toBe('');
  });

  it('with its site pages read, scores their own words and quotes each from its page', async () => {
    const { draft, text, site } = await readArticle();
    const alone = qualify(draft, text, ux);
    const q = qualify(draft, text, ux, { site });
    expect(QualificationSchema.safeParse(q).error).toBeUndefined();
    expect(q.pageKind).toBe('article');
    expect(q.scoredOn).toEqual([
      { kind: 'home', url: `${ORIGIN}/` },
      { kind: 'about', url: `${ORIGIN}/a-propos.html` },
    ]);
    expect(q.score).toBeGreaterThan(alone.score);
    const byId = Object.fromEntries(q.criteria.map((c) => [c.id, c]));
    expect(byId.horizontalite!.evidence).toEqual([
      {
        quote:
          "Toutes nos décisions se prennent en gouvernance partagée, lors d'une assemblée mensuelle ouverte à chaque adhérent.",
        source: 'about',
        page: `${ORIGIN}/a-propos.html`,
      },
    ]);
    expect(byId.ecologie!.evidence[0]).toMatchObject({ source: 'home', page: `${ORIGIN}/` });
    // Every quote is verbatim in the page it says it is from.
    for (const e of q.criteria.flatMap((c) => c.evidence)) {
      if (e.source === 'home' || e.source === 'about')
        expect(site.find((p) => p.kind === e.source)!.text).toContain(e.quote);
    }
    // The site pages' footers are not their own words.
    expect(q.criteria.flatMap((c) => c.evidence).some((e) => e.quote?.includes('©'))).toBe(false);
  });

  it('keeps the scored words as the excerpt, and scores them again from it', async () => {
    const { draft, text, site } = await readArticle();
    const q = { ...qualify(draft, text, ux, { site }), excerpt: ownExcerpt(ARTICLE, text, site) };
    const [home, about] = q.excerpt.split(PAGE_BREAK);
    expect(home).toContain('réemploi de pièces');
    expect(home).not.toContain('©');
    expect(about).toContain('gouvernance partagée');
    expect(about).not.toContain('©');
    expect(q.excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);

    const prospect = {
      id: 'p1',
      organisation: draft,
      qualification: q,
      edits: DEFAULT_EDITS,
    } as unknown as Prospect;
    const again = rescoreOne(prospect, [ux]);
    expect(again).toMatchObject({ basis: 'excerpt', pageKind: 'article', scoredOn: q.scoredOn });
    expect(again.criteria.find((c) => c.id === 'horizontalite')).toMatchObject({
      matched: true,
      evidence: [{ source: 'about', page: `${ORIGIN}/a-propos.html` }],
    });
    expect(again.band).toBe(q.band);
  });

  it('shares the excerpt between long site pages, each part within its room', () => {
    const long = (word: string) =>
      Array.from(
        { length: 200 },
        (_, i) => `${word} ${i} est une phrase assez longue pour compter.`,
      ).join('\n');
    const site: SitePage[] = [
      { kind: 'home', url: `${ORIGIN}/`, text: long('Accueil') },
      { kind: 'about', url: `${ORIGIN}/a-propos.html`, text: long('Histoire') },
    ];
    const excerpt = ownExcerpt(ARTICLE, 'Par Marc Lefort, le 3 juin 2026', site);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    const [home, about] = excerpt.split(PAGE_BREAK);
    expect(home!.length).toBeGreaterThan(EXCERPT_CHARS / 3);
    expect(about!.length).toBeGreaterThan(EXCERPT_CHARS / 3);
  });

  it('ignores site pages on a page that presents the organisation itself', async () => {
    const { site } = await readArticle();
    const homeText = site[0]!.text;
    const d = extractOrganisation(
      parseDocument(readFileSync(join(SITE, 'index.html'), 'utf8')),
      `${ORIGIN}/`,
    );
    const q = qualify(d, homeText, ux, { site });
    expect(q.scoredOn).toBeUndefined();
    expect(q.criteria.flatMap((c) => c.evidence).every((e) => e.source !== 'about')).toBe(true);
    expect(ownExcerpt(`${ORIGIN}/`, homeText, site)).not.toContain(PAGE_BREAK);
  });

  it('tells a peer from its home page’s description, and again when scored from the excerpt', () => {
    const origin = 'https://studio-ardoise.example';
    const legal = `${origin}/mentions-legales.html`;
    const doc = parseDocument(
      '<html><head><title>Mentions légales</title></head><body><h1>Mentions légales</h1>' +
        '<p>Éditeur du site : Studio Ardoise SARL, 12 rue des Tanneurs, 69001 Lyon.</p>' +
        '<p>Hébergeur : un hébergeur quelconque.</p></body></html>',
    );
    const draft = extractOrganisation(doc, legal);
    const { text } = pageText(doc);
    const home: SitePage = {
      kind: 'home',
      url: `${origin}/`,
      text: 'Bienvenue chez Studio Ardoise\nNos projets récents\nÉcrivez-nous',
    };
    expect(qualify(draft, text, ux, { site: [home] }).peer?.matched).toBe(false);
    const described = {
      ...home,
      description: 'Studio de design UX et d’identité graphique à Lyon.',
    };
    const q = {
      ...qualify(draft, text, ux, { site: [described] }),
      excerpt: ownExcerpt(legal, text, [described]),
    };
    expect(q.pageKind).toBe('legal');
    expect(q.peer).toMatchObject({ matched: true });
    expect(q.score).toBe(0);
    expect(q.scoredOn).toEqual([
      { kind: 'home', url: `${origin}/`, description: described.description },
    ]);
    expect(QualificationSchema.safeParse(q).success).toBe(true);
    const prospect = {
      id: 'p2',
      organisation: draft,
      qualification: q,
      edits: DEFAULT_EDITS,
    } as unknown as Prospect;
    expect(rescoreOne(prospect, [ux]).peer).toMatchObject({ matched: true });
  });
});
