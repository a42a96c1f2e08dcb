import { z } from 'zod';
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
] as const;
export const EvidenceFieldSchema = z.enum(EVIDENCE_FIELDS);
export type EvidenceField = z.infer<typeof EvidenceFieldSchema>;

export const QuoteSchema = z.object({
  /** The sentence that matched, at most 200 characters. */
  quote: cappedString(200),
  /** The field it was read from. */
  source: EvidenceFieldSchema,
  /** The page it was read on. */
  page: cappedString(2048).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const CriterionResultSchema = z.object({
  id: cappedString(100),
  label: cappedString(300),
  section: z.enum(['profile', 'values', 'redFlags', 'helpWith']),
  matched: z.boolean(),
  weight: z.number(),
  /** Red flags only: finding it disqualifies the organisation. */
  disqualifier: z.boolean().optional(),
  evidence: z.array(QuoteSchema).max(10),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

/** What `qualify()` returns, kept with the prospect as it was at save time. */
export const QualificationSchema = z.object({
  personaId: cappedString(100),
  personaName: cappedString(200),
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
});
export type Qualification = z.infer<typeof QualificationSchema>;
