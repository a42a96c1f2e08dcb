import { z } from '../zod';
import { SITE_TEXT_CAP } from '../extract/core/page-text';
import { OrganisationDraftSchema } from './organisation';

/** A same-origin page worth reading for contact or legal details (see utils/extract/core/enrich.ts). */
export const EnrichTargetSchema = z.object({
  url: z.string().max(2048),
  label: z.string().max(80),
  kind: z.enum(['legal', 'contact', 'about', 'home']),
});

/** What the extraction content script returns to the popup or side panel. */
export const CapturedPageSchema = z.object({
  draft: OrganisationDraftSchema,
  /** Visible text of the page (capped), for qualification against the persona. */
  text: z.string().max(200_000),
  /** At most 3 same-origin pages that may add what this one lacks. */
  follow: z.array(EnrichTargetSchema).max(3).optional(),
  /**
   * The site's home and about pages: when the page does not present the organisation (an
   * article, a legal notice), their words are scored instead.
   */
  site: z.array(EnrichTargetSchema).max(2).optional(),
});
export type CapturedPage = z.infer<typeof CapturedPageSchema>;

/** What the content script returns when asked to read one enrichment page. */
export const EnrichedPageSchema = z.union([
  z.object({
    draft: OrganisationDraftSchema,
    /** The page's visible text, when asked for (a home or about page read for its words). */
    text: z.string().max(SITE_TEXT_CAP).optional(),
  }),
  z.object({ error: z.string().max(300) }),
]);
export type EnrichedPage = z.infer<typeof EnrichedPageSchema>;
