import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import type { Notice } from '@/components/NoticeLine';
import { editsOf } from '@/components/saved';
import { useEnrichment } from '@/components/useEnrichment';
import { usePagesToRead } from '@/components/usePagesToRead';
import { blankDraft, parseCapture, type CaptureResult } from '@/utils/capture';
import { readPageInTab, type ReadTarget } from '@/utils/enrichment';
import { errorMessage } from '@/utils/error-message';
import { mergeSubpage } from '@/utils/extract/core/enrich';
import { freshValues, takeFresh, type FreshField } from '@/utils/fresh-values';
import { send } from '@/utils/messaging/send';
import {
  SINGLE_TEXT_FIELDS,
  type OrganisationDraft,
  type SingleTextField,
} from '@/utils/model/organisation';
import { DEFAULT_EDITS, type Prospect, type ProspectEdits } from '@/utils/model/prospect';
import { SITE_PAGES } from '@/utils/model/qualification';
import type { SitePage } from '@/utils/scoring/site-pages';

/** The tab and what the extraction script returned, started before the popup's code loaded. */
export type Reading = Promise<{ tab: { id?: number; url?: string }; raw: unknown }>;

const isTextField = (field: string): field is SingleTextField =>
  (SINGLE_TEXT_FIELDS as readonly string[]).includes(field);

/**
 * The popup's card: the tab captured, then looked up. A prospect saved before is shown as she
 * saved it; the page as read now (`page`, completed by enrichment) is kept beside it, and what it
 * shows that the card does not is offered field by field (`changes`, `take`).
 */
export function useCard(reading: Reading) {
  const [capture, setCapture] = useState<CaptureResult | null>(null);
  const [page, setPage] = useState<OrganisationDraft | null>(null);
  const [draft, setDraft] = useState<OrganisationDraft | null>(null);
  const [edited, setEdited] = useState<Set<SingleTextField>>(new Set());
  const [taken, setTaken] = useState<Set<FreshField>>(new Set());
  const [edits, setEdits] = useState<ProspectEdits>(DEFAULT_EDITS);
  const [saved, setSaved] = useState<Prospect | null>(null);
  /** Saved before this popup opened: the card shows what was saved. */
  const [reopened, setReopened] = useState(false);
  const [erasedAt, setErasedAt] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tabId, setTabId] = useState<number>();
  /** The site's home and about pages, read for their words when the page is not a presentation. */
  const [site, setSite] = useState<SitePage[]>([]);
  const readInTab = useCallback(
    (target: ReadTarget) => readPageInTab(tabId!, target.url, !!target.words),
    [tabId],
  );
  const enrichment = useEnrichment(
    usePagesToRead(capture),
    tabId === undefined ? undefined : readInTab,
    ({ draft: more, text }, { url, words }) => {
      setPage((current) => current && mergeSubpage(current, more));
      if (!reopened) setDraft((current) => current && mergeSubpage(current, more));
      if (words && text !== undefined)
        setSite((pages) =>
          [...pages, { kind: words, url, text, description: more.description?.value }].sort(
            (a, b) => SITE_PAGES.indexOf(a.kind) - SITE_PAGES.indexOf(b.kind),
          ),
        );
    },
  );

  // Awaited once the first render is committed, not after the next frame as useEffect would.
  useLayoutEffect(() => {
    void (async () => {
      const { tab, raw } = await reading;
      const result = parseCapture(raw);
      setTabId(tab.id);
      const start = result.kind === 'cannot-read' ? blankDraft(tab.url) : result.draft;
      setCapture(result);
      setPage(start);
      setDraft(start);
      if (result.kind === 'cannot-read') return;
      try {
        const found = await send('prospect.lookup', { draft: start });
        setErasedAt(found.erasedAt);
        const prospect = found.prospect;
        if (!prospect) return;
        setSaved(prospect);
        setEdits(editsOf(prospect));
        setReopened(true);
        setEdited(new Set(prospect.userEdited.filter(isTextField)));
        // Where and when it was read now: the next save records this capture.
        setDraft({
          ...prospect.organisation,
          sourceUrl: start.sourceUrl || prospect.organisation.sourceUrl,
          capturedAt: start.capturedAt,
        });
      } catch (error) {
        setNotice({ kind: 'error', text: errorMessage(error) });
      }
    })();
  }, []);

  const setField = (field: SingleTextField, value: string) => {
    setDraft(
      (current) => current && { ...current, [field]: { value, source: 'user', confidence: 1 } },
    );
    setEdited(new Set(edited).add(field));
  };

  const take = (field: FreshField) => {
    setDraft((current) => current && page && takeFresh(current, page, field));
    setTaken(new Set(taken).add(field));
    if (isTextField(field) && edited.has(field)) {
      const rest = new Set(edited);
      rest.delete(field);
      setEdited(rest);
    }
  };

  return {
    capture,
    draft,
    setDraft,
    edited,
    setField,
    edits,
    setEdits,
    saved,
    setSaved,
    erasedAt,
    notice,
    setNotice,
    enrichment,
    site,
    changes: reopened && draft && page ? freshValues(draft, page) : [],
    take,
    /** Fields the save must write over what was saved: typed now, or taken from the page. */
    userEdited: () => [...new Set<string>([...edited, ...taken])],
  };
}
