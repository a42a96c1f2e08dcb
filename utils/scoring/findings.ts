import type { OrganisationDraft, OrganisationKind } from '../model/organisation';
import type { EvidenceField, PageKind, Quote } from '../model/qualification';
import type { CompiledPersona, PhraseKey, TextCriterion } from './compile';
import { ownWords } from './content';
import { tokenize } from './normalise';
import { scan, type Found } from './phrases';
import { quoteAround } from './quote';
import type { SitePage } from './site-pages';

/** Quotes kept per criterion. */
export const MAX_QUOTES = 3;

export interface FieldText {
  field: EvidenceField;
  text: string;
  /**
   * Which offsets are the organisation's own words, matched against criteria; the rest (menus,
   * footers) only tells kind and place. Absent: all of it.
   */
  own?: (offset: number) => boolean;
  /** The page it was read on, when not the captured one. */
  page?: string;
}

/**
 * The texts of a capture, most telling first: what the organisation says of itself, then the
 * page's main content, then its menus and footers. A page that does not present the
 * organisation (a legal notice, an article) gives no own words beyond the draft's fields: those
 * of its site's home and about pages (`site`), when they were read, stand in for them.
 */
export function fieldTexts(
  draft: OrganisationDraft,
  pageText: string,
  pageKind: PageKind = 'presentation',
  site: readonly SitePage[] = [],
): FieldText[] {
  const fields: FieldText[] = [
    {
      field: 'name',
      text: [draft.name?.value, draft.legalName?.value].filter(Boolean).join(' · '),
    },
    { field: 'description', text: draft.description?.value ?? '' },
    // The directory's activity and legal form, in INSEE's words: sectors match them.
    {
      field: 'registry',
      text: [draft.registry?.activity?.label, draft.registry?.legalForm?.label]
        .filter(Boolean)
        .join(' · '),
    },
    { field: 'keywords', text: draft.keywords.map((k) => k.value).join(' · ') },
    {
      field: 'people',
      text: draft.people
        .map((p) => p.value.role ?? '')
        .filter(Boolean)
        .join(' · '),
    },
    {
      field: 'text',
      text: pageText,
      own: pageKind === 'presentation' ? ownWords(pageText) : () => false,
    },
    ...site.flatMap((p) => [
      { field: 'description' as const, text: p.description ?? '', page: p.url },
      { field: p.kind, text: p.text, own: ownWords(p.text), page: p.url },
    ]),
  ];
  return fields.filter((f) => f.text.trim());
}

/** Criteria, her trade and remote work count in the organisation's own words only. */
const ownOnly =
  (own: (offset: number) => boolean) =>
  (key: PhraseKey, offset: number): boolean =>
    (key.type !== 'criterion' && key.type !== 'trade' && key.type !== 'remote') || own(offset);

/** Name, description and the directory speak for the organisation more than a page's words. */
const FIELD_FACTOR: Partial<Record<EvidenceField, number>> = {
  name: 2,
  description: 2,
  registry: 2,
};

/**
 * What matched between `start` and `end` of a field: the page's words verbatim, or, for the
 * directory's structured answer, its value "from the national directory", never in quotes.
 */
export function evidenceAt(field: FieldText, start: number, end: number, page: string): Quote {
  const words = quoteAround(field.text, start, end);
  const on = field.page ?? page;
  return field.field === 'registry'
    ? { field: 'registry', value: words, source: 'registry', page: on }
    : { quote: words, source: field.field, page: on.slice(0, 2048) };
}

/** Every phrase of the persona found in every field of a capture, scanned once. */
export class Findings {
  private readonly found: { field: FieldText; map: Map<PhraseKey, Found> }[];

  constructor(
    readonly fields: FieldText[],
    readonly page: string,
    compiled: CompiledPersona,
  ) {
    this.found = fields.map((field) => ({
      field,
      map: scan(tokenize(field.text), compiled.index, MAX_QUOTES, field.own && ownOnly(field.own)),
    }));
  }

  get hasText(): boolean {
    return this.fields.length > 0;
  }

  /** Distinct quotes for the keys that satisfy `want`, in field order. */
  private quotes(want: (key: PhraseKey) => boolean): Quote[] {
    const quotes: Quote[] = [];
    for (const { field, map } of this.found) {
      for (const [key, f] of map) {
        if (!want(key)) continue;
        for (const hit of f.hits) {
          const evidence = evidenceAt(field, hit.start, hit.end, this.page);
          const words = evidence.quote ?? evidence.value;
          if (quotes.some((q) => (q.quote ?? q.value) === words)) continue;
          quotes.push(evidence);
          if (quotes.length >= MAX_QUOTES) return quotes;
        }
      }
    }
    return quotes;
  }

  criterionEvidence(criterion: TextCriterion): Quote[] {
    return this.quotes((k) => k.type === 'criterion' && k.criterion === criterion);
  }

  placeEvidence(): Quote[] {
    return this.quotes((k) => k.type === 'place');
  }

  remoteEvidence(): Quote[] {
    return this.quotes((k) => k.type === 'remote');
  }

  tradeEvidence(): Quote[] {
    return this.quotes((k) => k.type === 'trade');
  }

  /** Each kind of organisation the words point to, with its weight of cues and a quote. */
  kinds(): Map<OrganisationKind, { score: number; evidence: Quote[] }> {
    const scores = new Map<OrganisationKind, number>();
    for (const { field, map } of this.found) {
      for (const [key, f] of map) {
        if (key.type !== 'kind') continue;
        const add = key.strength * f.count * (FIELD_FACTOR[field.field] ?? 1);
        scores.set(key.kind, (scores.get(key.kind) ?? 0) + add);
      }
    }
    const result = new Map<OrganisationKind, { score: number; evidence: Quote[] }>();
    for (const [kind, score] of scores) {
      const strongest = (k: PhraseKey) => k.type === 'kind' && k.kind === kind;
      result.set(kind, { score, evidence: this.quotes(strongest).slice(0, 1) });
    }
    return result;
  }
}
