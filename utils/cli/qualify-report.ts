/**
 * `npm run --silent qualify:report [-- FILE]`
 * Scores every page of the hand-labelled evaluation set against its personas and prints, one
 * JSON line per persona: how often a page labelled "fit" ranks above one labelled "not-for-me",
 * which peers were told apart, every quote that is not the page's own words, and the legal
 * notices and articles that reached a good fit on their own. The legal notices and articles whose
 * site's home or about page is beside them are also scored on those pages, as the extension
 * does (`readOnSite`), and their quotes checked likewise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from '../zod';
import type { OrganisationDraft } from '../model/organisation';
import type { PageKind, Qualification } from '../model/qualification';
import { compilePersona, qualify } from '../scoring';
import { clean } from '../text';
import type { SitePage } from '../scoring/site-pages';
import { loadPersona, readPage } from './qualify';
import { sitePagesFromDisk } from './read-site';

export const EVALUATION = 'tests/fixtures/qualify/evaluation.json';
/** The real-page corpus beside the project; `corpus:` paths are read from there. */
export const CORPUS = process.env.GLANEUR_CORPUS ?? '../shared/corpus/pages';

const LabelSchema = z.enum(['fit', 'maybe', 'not-for-me', 'peer']);
const EvaluationSchema = z.object({
  about: z.string(),
  personas: z.record(z.string(), z.object({ fr: z.string(), en: z.string() })),
  pages: z.array(
    z.object({
      page: z.string(),
      url: z.url(),
      lang: z.string(),
      kind: z.enum(['home', 'about', 'contact', 'legal', 'article', 'product']),
      labels: z.record(z.string(), LabelSchema),
      note: z.string().optional(),
    }),
  ),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const loadEvaluation = (file = EVALUATION): Evaluation =>
  EvaluationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

export const pagePath = (page: string) =>
  page.startsWith('corpus:') ? join(CORPUS, page.slice('corpus:'.length)) : page;

const NOW = new Date('2026-11-25T12:00:00Z');

const collapse = (s: string) => clean(s, Infinity);

/** Whether a quote is the page's words: each part between ellipses is in one of its texts. */
export function isVerbatim(quote: string, texts: readonly string[]): boolean {
  const parts = quote.split('…').map(collapse).filter(Boolean);
  const hay = texts.map(collapse);
  return parts.length > 0 && parts.every((p) => hay.some((h) => h.includes(p)));
}

/** The texts a quote may come from: what the visitor reads and what the page says of itself. */
function ownTexts(
  draft: OrganisationDraft,
  text: string,
  title: string,
  site: readonly SitePage[] = [],
): string[] {
  return [
    ...site.flatMap((p) => [p.text, p.description ?? '']),
    text,
    title,
    draft.name?.value ?? '',
    draft.legalName?.value ?? '',
    draft.description?.value ?? '',
    ...draft.keywords.map((k) => k.value),
    ...draft.people.map((p) => p.value.role ?? ''),
  ];
}

function quotesOf(q: Qualification): string[] {
  const evidence = [...q.criteria, ...q.redFlags].flatMap((c) => c.evidence);
  return [...evidence, ...(q.peer?.evidence ?? [])].flatMap((e) =>
    e.quote === undefined ? [] : [e.quote],
  );
}

/** A disqualified organisation ranks below every other. */
const rank = (q: Qualification) => (q.band === 'disqualified' ? -1 : q.score);

export interface PersonaReport {
  persona: string;
  pages: number;
  pairs: number;
  pairwise: number;
  misordered: { fit: string; fitScore: number; notForMe: string; notForMeScore: number }[];
  peers: { labelled: number; flagged: number; missed: string[]; wronglyFlagged: string[] };
  nonVerbatim: { page: string; quote: string }[];
  legalOrArticleGoodFit: string[];
  /** Legal notices and articles scored on their site's home and about pages, read from disk. */
  readOnSite: { page: string; alone: number; onSite: number; band: string; scoredOn: string[] }[];
  /** Pages whose kind was misread: a legal notice taken for a presentation, or the reverse. */
  misreadKinds: string[];
}

export async function evaluate(
  evaluation: Evaluation = loadEvaluation(),
): Promise<PersonaReport[]> {
  const read = await Promise.all(
    evaluation.pages.map(async (p) => {
      const page = readPage(pagePath(p.page), p.url, NOW);
      const site = await sitePagesFromDisk(
        page.doc,
        page.draft,
        page.text,
        pagePath(p.page),
        p.url,
      );
      return { ...p, ...page, site };
    }),
  );
  return Object.entries(evaluation.personas).map(([name, files]) => {
    const fr = compilePersona(loadPersona(files.fr));
    const en = compilePersona(loadPersona(files.en));
    const scored = read.flatMap((p) => {
      const label = p.labels[name];
      if (!label) return [];
      const persona = p.lang === 'en' ? en : fr;
      const q = qualify(p.draft, p.text, persona);
      const onSite = p.site.length
        ? qualify(p.draft, p.text, persona, { site: p.site })
        : undefined;
      return [{ ...p, label, q, onSite }];
    });
    const fits = scored.filter((s) => s.label === 'fit');
    const nots = scored.filter((s) => s.label === 'not-for-me');
    let right = 0;
    const misordered: PersonaReport['misordered'] = [];
    for (const f of fits) {
      for (const n of nots) {
        const d = rank(f.q) - rank(n.q);
        right += d > 0 ? 1 : d === 0 ? 0.5 : 0;
        if (d <= 0)
          misordered.push({
            fit: f.page,
            fitScore: f.q.score,
            notForMe: n.page,
            notForMeScore: n.q.score,
          });
      }
    }
    const pairs = fits.length * nots.length;
    const peers = scored.filter((s) => s.label === 'peer');
    return {
      persona: name,
      pages: scored.length,
      pairs,
      pairwise: pairs ? Math.round((right / pairs) * 1000) / 1000 : 1,
      misordered,
      peers: {
        labelled: peers.length,
        flagged: peers.filter((s) => s.q.peer?.matched).length,
        missed: peers.filter((s) => !s.q.peer?.matched).map((s) => s.page),
        wronglyFlagged: scored
          .filter((s) => s.label !== 'peer' && s.q.peer?.matched)
          .map((s) => s.page),
      },
      nonVerbatim: scored.flatMap((s) => {
        const texts = ownTexts(s.draft, s.text, s.title, s.site);
        return [...quotesOf(s.q), ...(s.onSite ? quotesOf(s.onSite) : [])]
          .filter((quote) => !isVerbatim(quote, texts))
          .map((quote) => ({ page: s.page, quote }));
      }),
      legalOrArticleGoodFit: scored
        .filter((s) => (s.kind === 'legal' || s.kind === 'article') && goodFit(s.q))
        .map((s) => s.page),
      readOnSite: scored.flatMap((s) =>
        s.onSite
          ? [
              {
                page: s.page,
                alone: s.q.score,
                onSite: s.onSite.score,
                band: s.onSite.band,
                scoredOn: (s.onSite.scoredOn ?? []).map((p) => p.kind),
              },
            ]
          : [],
      ),
      misreadKinds: scored
        .filter((s) => !READ_AS[s.kind].includes(s.q.pageKind ?? 'presentation'))
        .map((s) => s.page),
    };
  });
}

/** What each hand-labelled kind of page may be read as. */
const READ_AS: Record<Evaluation['pages'][number]['kind'], PageKind[]> = {
  home: ['presentation'],
  about: ['presentation'],
  contact: ['presentation'],
  legal: ['legal'],
  article: ['article', 'blog-post'],
  product: ['product'],
};

const goodFit = (q: Qualification) => q.band === 'good' || q.band === 'excellent';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.on('error', () => process.exit(0));
  void evaluate(loadEvaluation(process.argv[2])).then((reports) => {
    for (const report of reports) console.log(JSON.stringify(report));
  });
}
