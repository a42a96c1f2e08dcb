import { z } from '../zod';
import { SITE_IDS } from '../sites/ids';

/** Where a value was found. A closed list so that the UI can translate every source. */
export const SOURCES = [
  'jsonld',
  'microdata',
  'hcard',
  'opengraph',
  'twitter',
  'meta',
  'title',
  'link',
  'manifest',
  'text',
  'footer',
  'mailto',
  'tel',
  'url',
  ...SITE_IDS,
  'user',
  'import',
  /** The national company directory (Sirene / RNE); the date is the organisation's `registry.asOf`. */
  'registry',
] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

/** Page text is untrusted: every string that crosses a boundary is capped. */
export const MAX_TEXT = 2000;
export const cappedString = (max = MAX_TEXT) => z.string().max(max);

export const EvidenceSchema = z.object({
  source: SourceSchema,
  /** The bit of page the value was read from, for the "from …" hint. */
  snippet: cappedString(300).optional(),
  /** 0–1: how sure the extractor is. Agreement between sources raises it. */
  confidence: z.number().min(0).max(1),
  /** The page the value came from, when it is not the captured page itself (enrichment). */
  page: cappedString(2048).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A value plus where it came from. */
export const sourced = <T extends z.ZodType>(value: T) => EvidenceSchema.extend({ value });
