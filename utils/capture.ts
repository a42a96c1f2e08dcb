import { injectExtraction } from './capture-tab';
import type { EnrichTarget } from './extract/core/enrich';
import { CapturedPageSchema } from './model/captured-page';
import { OrganisationDraftSchema, type OrganisationDraft } from './model/organisation';

interface Read {
  draft: OrganisationDraft;
  text: string;
  follow?: EnrichTarget[];
  site?: EnrichTarget[];
}

/**
 * `follow`: same-origin pages that may complete the draft; `site`: the home and about pages
 * whose words are scored when the page does not present the organisation (both read by
 * useEnrichment).
 */
export type CaptureResult =
  ({ kind: 'ok' } & Read) | { kind: 'cannot-read' } | ({ kind: 'nothing' } & Read);

/**
 * Validate what the extraction script returned (injectExtraction): the page is untrusted, so is
 * anything computed from it.
 */
export function parseCapture(result: unknown): CaptureResult {
  const parsed = CapturedPageSchema.safeParse(result);
  if (!parsed.success) return { kind: 'cannot-read' };
  const { draft, text, follow, site } = parsed.data;
  return { kind: recognisable(draft) ? 'ok' : 'nothing', draft, text, follow, site };
}

/** Read the tab (allowed by activeTab after the toolbar click) and validate what it gives. */
export async function captureTab(tabId: number | undefined): Promise<CaptureResult> {
  return parseCapture(await injectExtraction(tabId));
}

/** Whether the draft says what the organisation is or how to reach it: name, description, contacts. */
export const recognisable = (draft: OrganisationDraft) =>
  !!(
    draft.name?.value ||
    draft.description?.value ||
    draft.emails.length ||
    draft.phones.length ||
    draft.address
  );

/** An empty draft for typing a prospect by hand. */
export function blankDraft(url: string | undefined, now = new Date()): OrganisationDraft {
  return OrganisationDraftSchema.parse({
    schemaVersion: 1,
    sourceUrl: url ?? '',
    capturedAt: now.toISOString(),
  });
}
