import { z } from 'zod';
import { OrganisationDraftSchema } from './organisation';

/** A same-origin page worth reading for contact or legal details (see utils/extract/core/enrich.ts). */
export const EnrichTargetSchema = z.object({
  url: z.string().max(2048),
  label: z.string().max(80),
  kind: z.enum(['legal', 'contact', 'about']),
});

/** What the extraction content script returns to the popup or side panel. */
export const CapturedPageSchema = z.object({
  draft: OrganisationDraftSchema,
  /** Visible text of the page (capped), for qualification against the persona. */
  text: z.string().max(200_000),
  /** At most 3 same-origin pages that may add what this one lacks. */
  follow: z.array(EnrichTargetSchema).max(3).optional(),
});
export type CapturedPage = z.infer<typeof CapturedPageSchema>;

/** What the content script returns when asked to read one enrichment page. */
export const EnrichedPageSchema = z.union([
  z.object({ draft: OrganisationDraftSchema }),
  z.object({ error: z.string().max(300) }),
]);
export type EnrichedPage = z.infer<typeof EnrichedPageSchema>;
