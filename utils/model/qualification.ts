import { z } from 'zod';
import { cappedString } from './evidence';

export const BANDS = ['excellent', 'good', 'fair', 'poor', 'disqualified'] as const;
export const BandSchema = z.enum(BANDS);
export type Band = z.infer<typeof BandSchema>;

export const CriterionResultSchema = z.object({
  id: cappedString(100),
  label: cappedString(300),
  section: z.enum(['profile', 'values', 'redFlags', 'helpWith']),
  matched: z.boolean(),
  weight: z.number(),
  evidence: z.array(z.object({ quote: cappedString(200), source: cappedString(300) })).max(10),
});
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

/** What `qualify()` returns, kept with the prospect as it was at save time. */
export const QualificationSchema = z.object({
  personaId: cappedString(100),
  personaName: cappedString(200),
  score: z.number().min(0).max(100),
  band: BandSchema,
  criteria: z.array(CriterionResultSchema).max(500),
  redFlags: z.array(CriterionResultSchema).max(500),
  /** Criteria that could not be checked because the data was missing. */
  unchecked: z.array(cappedString(300)).max(500).default([]),
});
export type Qualification = z.infer<typeof QualificationSchema>;
