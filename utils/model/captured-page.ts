import { z } from 'zod';
import { OrganisationDraftSchema } from './organisation';

/** What the extraction content script returns to the popup or side panel. */
export const CapturedPageSchema = z.object({
  draft: OrganisationDraftSchema,
  /** Visible text of the page (capped), for qualification against the persona. */
  text: z.string().max(200_000),
});
export type CapturedPage = z.infer<typeof CapturedPageSchema>;
