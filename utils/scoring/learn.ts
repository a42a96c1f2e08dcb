/**
 * What a set of prospects has in common that the others do not: terms (stemmed words and pairs
 * of words, function words left out) found in many of the chosen prospects' own words and in few
 * of the rest. The statistic is a ratio of document frequencies with add-one-half smoothing, so
 * that it can be said in a sentence: "in 3 of your 4 clients, 1 of the 20 others".
 */
import { stopwords as englishStops } from '@orama/stopwords/english';
import { stopwords as frenchStops } from '@orama/stopwords/french';
import type { Criterion, Persona } from '../model/persona';
import type { Prospect } from '../model/prospect';
import type { EvidenceField } from '../model/qualification';
import { fold, tokenize } from './normalise';
import { quoteAround } from './quote';

const BUILT_IN = /^profile\./;

const STOPS = new Set([...frenchStops, ...englishStops].map(fold));

/** One text of a prospect that counts as the organisation's own words. */
export interface LearnText {
  source: Extract<EvidenceField, 'description' | 'keywords' | 'text'>;
  text: string;
}

export interface LearnDoc {
  id: string;
  name: string;
  texts: LearnText[];
}

export interface LearnQuote {
  quote: string;
  source: LearnText['source'];
  prospectId: string;
}

export interface LearntTerm {
  /** Stems joined by a space: the same key for "réparations" and "réparation". */
  key: string;
  /** The words as one of the pages wrote them, lower-cased. */
  term: string;
  /** In how many of the chosen prospects, and of the others. */
  count: number;
  others: number;
  ratio: number;
  quotes: LearnQuote[];
  prospectIds: string[];
}

/**
 * The organisation's own words a saved prospect keeps: its description, its keywords, the excerpt
 * of its page's own words kept with the score (when it was scored since excerpts were kept) and
 * the sentences quoted then. Never her notes.
 */
export function prospectDoc(p: Prospect): LearnDoc {
  const org = p.organisation;
  const q = p.qualification;
  // The built-in profile checks (kind, size, territory) read menus and footers too: left out.
  const own = [...(q?.criteria ?? []), ...(q?.redFlags ?? [])].filter((c) => !BUILT_IN.test(c.id));
  const quotes = [...own, ...(q?.peer ? [q.peer] : [])]
    .flatMap((c) => c.evidence)
    .flatMap((e) => (e.quote ? [e.quote] : []));
  const texts: LearnText[] = [
    { source: 'description', text: org.description?.value ?? '' },
    { source: 'keywords', text: org.keywords.map((k) => k.value).join(' · ') },
    // Counted by presence, so a quote also in the excerpt weighs nothing more.
    { source: 'text', text: [q?.excerpt ?? '', ...new Set(quotes)].join('\n') },
  ];
  return {
    id: p.id,
    name: org.name?.value ?? org.domain?.value ?? p.id,
    texts: texts.filter((t) => t.text.trim()),
  };
}

interface Place {
  text: LearnText;
  start: number;
  end: number;
}

const isWord = (w: string) => w.length > 2 && !STOPS.has(w) && !/^\d+$/.test(w);
/** Two words make a pair only when nothing but a space, a hyphen or an apostrophe parts them. */
const JOINED = /^[\s\-'’]{1,3}$/;

/** The first place of each term (word or pair of words) in a document. */
function termsOf(doc: LearnDoc): Map<string, Place> {
  const found = new Map<string, Place>();
  for (const text of doc.texts) {
    const { stems, starts, ends } = tokenize(text.text);
    const ok = stems.map((_, k) => isWord(fold(text.text.slice(starts[k], ends[k]))));
    for (let k = 0; k < stems.length; k++) {
      if (!ok[k]) continue;
      const one = stems[k]!;
      if (!found.has(one)) found.set(one, { text, start: starts[k]!, end: ends[k]! });
      if (!ok[k + 1] || !JOINED.test(text.text.slice(ends[k], starts[k + 1]))) continue;
      const two = `${one} ${stems[k + 1]}`;
      if (!found.has(two)) found.set(two, { text, start: starts[k]!, end: ends[k + 1]! });
    }
  }
  return found;
}

export interface LearnOptions {
  /** Keys already in the persona, or dismissed. */
  exclude?: ReadonlySet<string>;
  /** Fewest chosen prospects a term must be in (at most their number). */
  minCount?: number;
  /** Smallest frequency ratio kept. */
  minRatio?: number;
  limit?: number;
  quotes?: number;
}

/** Terms frequent in `chosen` and rare in `others`, most distinctive first. */
export function distinctiveTerms(
  chosen: LearnDoc[],
  others: LearnDoc[],
  options: LearnOptions = {},
): LearntTerm[] {
  const { exclude, minRatio = 2, limit = 20, quotes: maxQuotes = 3 } = options;
  const minCount = Math.min(options.minCount ?? 2, chosen.length);
  if (!chosen.length) return [];
  const inChosen = new Map<string, { doc: LearnDoc; place: Place }[]>();
  for (const doc of chosen) {
    for (const [key, place] of termsOf(doc)) {
      if (exclude?.has(key)) continue;
      const list = inChosen.get(key) ?? [];
      list.push({ doc, place });
      inChosen.set(key, list);
    }
  }
  const inOthers = new Map<string, number>();
  for (const doc of others) {
    for (const key of termsOf(doc).keys())
      if (inChosen.has(key)) inOthers.set(key, (inOthers.get(key) ?? 0) + 1);
  }
  const rate = (n: number, of: number) => (n + 0.5) / (of + 1);
  const terms: LearntTerm[] = [];
  for (const [key, hits] of inChosen) {
    if (hits.length < minCount) continue;
    const count = hits.length;
    const otherCount = inOthers.get(key) ?? 0;
    const ratio = rate(count, chosen.length) / rate(otherCount, others.length);
    if (ratio < minRatio) continue;
    const first = hits[0]!.place;
    terms.push({
      key,
      term: first.text.text.slice(first.start, first.end).toLowerCase(),
      count,
      others: otherCount,
      ratio,
      quotes: hits.slice(0, maxQuotes).map(({ doc, place }) => ({
        quote: quoteAround(place.text.text, place.start, place.end),
        source: place.text.source,
        prospectId: doc.id,
      })),
      prospectIds: hits.map((h) => h.doc.id),
    });
  }
  // A pair says more than its words alone when it is found as often.
  const pairs = terms.filter((t) => t.key.includes(' '));
  const covered = new Set(pairs.flatMap((p) => p.key.split(' ').map((w) => `${w}#${p.count}`)));
  return terms
    .filter((t) => t.key.includes(' ') || !covered.has(`${t.key}#${t.count}`))
    .sort((a, b) => b.ratio - a.ratio || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}

/** The key of a phrase, as `distinctiveTerms` keys a term. */
export const termKey = (phrase: string) => tokenize(phrase).stems.join(' ');

/** Every phrase the persona already looks for (terms, or the label of a criterion without). */
export function personaKeys(persona: Persona): Set<string> {
  const all: Criterion[] = [
    ...persona.profile.sectors,
    ...persona.values,
    ...persona.helpWith,
    ...persona.redFlags,
  ];
  const phrases = all.flatMap((c) => [c.label, ...c.terms]);
  return new Set([...phrases, ...(persona.trade?.terms ?? [])].map(termKey));
}

/** What her clients' own words have in common, against every other saved prospect. */
export function commonGround(
  prospects: Prospect[],
  persona: Persona,
  dismissed: readonly string[],
): { clients: number; others: number; terms: LearntTerm[] } {
  const clients = prospects.filter((p) => p.status === 'client').map(prospectDoc);
  const others = prospects.filter((p) => p.status !== 'client').map(prospectDoc);
  const exclude = new Set([...personaKeys(persona), ...dismissed]);
  const terms = distinctiveTerms(clients, others, { exclude });
  return { clients: clients.length, others: others.length, terms };
}

/**
 * For each criterion of the persona, the words found beside its matches in the prospects it
 * matched (the quotes kept when they were scored against it) and rarely in the others.
 */
export function criterionTerms(
  prospects: Prospect[],
  persona: Persona,
): Record<string, LearntTerm[]> {
  const scored = prospects.filter((p) => p.qualification?.personaId === persona.id);
  const exclude = personaKeys(persona);
  const out: Record<string, LearntTerm[]> = {};
  const ids = new Set(
    scored
      .flatMap((p) => [...p.qualification!.criteria, ...p.qualification!.redFlags])
      .map((c) => c.id),
  );
  for (const id of ids) {
    const chosen: LearnDoc[] = [];
    const others: LearnDoc[] = [];
    for (const p of scored) {
      const q = p.qualification!;
      const hit = [...q.criteria, ...q.redFlags].find((c) => c.id === id && c.matched);
      const quotes = hit?.evidence.flatMap((e) => (e.quote ? [e.quote] : [])) ?? [];
      if (!quotes.length) others.push(prospectDoc(p));
      else chosen.push({ ...prospectDoc(p), texts: [{ source: 'text', text: quotes.join('\n') }] });
    }
    const terms = distinctiveTerms(chosen, others, { exclude, limit: 5, quotes: 1 });
    if (terms.length) out[id] = terms;
  }
  return out;
}
