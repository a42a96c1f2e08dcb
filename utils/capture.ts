import { browser } from 'wxt/browser';
import type { EnrichTarget } from './extract/core/enrich';
import { CapturedPageSchema } from './model/captured-page';
import { OrganisationDraftSchema, type OrganisationDraft } from './model/organisation';

/** `follow`: same-origin pages that may complete the draft (read by useEnrichment). */
export type CaptureResult =
  | { kind: 'ok'; draft: OrganisationDraft; text: string; follow?: EnrichTarget[] }
  | { kind: 'cannot-read' }
  | { kind: 'nothing'; draft: OrganisationDraft; text: string; follow?: EnrichTarget[] };

/** The tab the popup acts on: ?tabId= when the page was opened with one (tests), else the active tab. */
export async function targetTab(search: string): Promise<{ id?: number; url?: string }> {
  const given = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(given) && given > 0) {
    const tab = await browser.tabs.get(given).catch(() => undefined);
    return { id: given, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/**
 * Inject the extraction script into the tab (allowed by activeTab after the toolbar click) and
 * validate what it returns: the page is untrusted, so is anything computed from it.
 */
export async function captureTab(tabId: number | undefined): Promise<CaptureResult> {
  if (tabId === undefined) return { kind: 'cannot-read' };
  let result: unknown;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extract.js'],
    });
    result = frame?.result;
  } catch {
    return { kind: 'cannot-read' };
  }
  const parsed = CapturedPageSchema.safeParse(result);
  if (!parsed.success) return { kind: 'cannot-read' };
  const { draft, text, follow } = parsed.data;
  return { kind: recognisable(draft) ? 'ok' : 'nothing', draft, text, follow };
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
