import { z } from '../zod';
import { cappedString } from './evidence';

export const BANDS = ['excellent', 'good', 'fair', 'poor', 'disqualified'] as const;
export const BandSchema = z.enum(BANDS);
export type Band = z.infer<typeof BandSchema>;

/** Where in the captured organisation a quote was found; a closed list so the UI can translate it. */
export const EVIDENCE_FIELDS = [
  'name',
  'description',
  'keywords',
  'kind',
  'address',
  'people',
  'text',
  /** The national company directory (Sirene / RNE). */
  'registry',
  /** The site's home page, read when the captured page does not present the organisation. */
  'home',
  /** The site's about page ("qui sommes-nous", "à propos"), read likewise. */
  'about',
] as const;
export const EvidenceFieldSchema = z.enum(EVIDENCE_FIELDS);
export type EvidenceField = z.infer<typeof EvidenceFieldSchema>;

/**
 * One piece of evidence: either a quote, the page's own words verbatim, or a structured field
 * (address, declared kind…) with its value, shown as "from the address" and never quoted.
 */
export const QuoteSchema = z
  .object({
    /** The sentence or clause that matched, verbatim, at most 200 characters. */
    quote: cappedString(200).optional(),
    /** The structured field the evidence comes from, when it is not a quote. */
    field: EvidenceFieldSchema.optional(),
    /** The field's value, with `field`. */
    value: cappedString(200).optional(),
    /** The field it was read from. */
    source: EvidenceFieldSchema,
    /** The page it was read on. */
    page: cappedString(2048).optional(),
  })
  .refine((e) => (e.quote === undefined) !== (e.field === undefined), {
    message: 'a quote or a field, never both',
  });
export type Quote = z.infer<typeof QuoteSchema>;

export const PAGE_KINDS = ['presentation', 'legal', 'article', 'blog-post', 'product'] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** The pages of a site that present the organisation, read in place of an article or a notice. */
export const SITE_PAGES = ['home', 'about'] as const;
export const SitePageKindSchema = z.enum(SITE_PAGES);
export type SitePageKind = z.infer<typeof SitePageKindSchema>;

/** The most of the organisation's own words kept with a score, so that it can be computed again. */
export const EXCERPT_CHARS = 4000;
/** The most of a site page's description kept with a score that was made on that page. */
export const DESCRIPTION_CHARS = 1000;

export const CriterionResultSchema = z.object({
  id: cappedString(100),
  label: cappedString(300),
  section: z.enum(['profile', 'values', 'redFlags', 'helpWith']),
  matched: z.boolean(),
  weight: z.number(),
  /** Red flags only: finding it disqualifies the organisation. */
  disqualifier: z.boolean().optional(),
  /** False for a criterion about the relationship, asked in conversation, never read on a page. */
  checkable: z.literal(false).optional(),
  evidence: z.array(QuoteSchema).max(10),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

/** What `qualify()` returns, kept with the prospect as it was at save time. */
export const QualificationSchema = z.object({
  personaId: cappedString(100),
  personaName: cappedString(200),
  /** Which version of the persona gave the score: a digest of its criteria and weights. */
  personaVersion: cappedString(20).optional(),
  score: z.number().min(0).max(100),
  band: BandSchema,
  /** Positive criteria that could be checked, matched or not. */
  criteria: z.array(CriterionResultSchema).max(500),
  /** Red flags found on the pages. */
  redFlags: z.array(CriterionResultSchema).max(500),
  /** Criteria that could not be checked because the data was missing. */
  unchecked: z.array(cappedString(300)).max(500).default([]),
  /** Share (0–1) of the persona's weight that could be checked: missing data lowers this, not the score. */
  confidence: z.number().min(0).max(1).default(1),
  /** What the page is: an article or a legal notice does not present the organisation. */
  pageKind: PageKindSchema.optional(),
  /**
   * The captured page does not present the organisation: the score is on these pages of its site
   * instead, in this order (their own words are the excerpt's parts, split by a blank line).
   */
  scoredOn: z
    .array(
      z.object({
        kind: SitePageKindSchema,
        url: cappedString(2048),
        description: cappedString(DESCRIPTION_CHARS).optional(),
      }),
    )
    .max(SITE_PAGES.length)
    .optional(),
  /** Whether the organisation's own offer is the persona's trade: a competitor or a partner. */
  peer: z.object({ matched: z.boolean(), evidence: z.array(QuoteSchema).max(10) }).optional(),
  /** The organisation's own words on the captured page, as kept at save time (bounded). */
  excerpt: cappedString(EXCERPT_CHARS).optional(),
  /**
   * Absent: scored on the page when it was captured. Computed again later from the kept
   * `excerpt` and fields, or, saved before excerpts were kept, from the saved fields alone.
   */
  basis: z.enum(['excerpt', 'fields']).optional(),
  /** Set when the score is the best over all her personas (the one named gave it). */
  bestOf: z.literal(true).optional(),
});
export type Qualification = z.infer<typeof QualificationSchema>;
