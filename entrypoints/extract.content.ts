import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractOrganisation } from '@/utils/extract';
import { enrichmentTargets, siteTargets } from '@/utils/extract/core/enrich';
import { installSubpageReader, readSameOriginPage } from '@/utils/extract/core/in-page';
import { pageText } from '@/utils/extract/core/page-text';
import { pageKindOf } from '@/utils/scoring/page-kind';

/**
 * Injected on demand by the popup (activeTab + scripting), never declared with `matches`:
 * WXT would turn those into mandatory host permissions. Its return value is the result of
 * scripting.executeScript, validated by the popup (CapturedPageSchema, EnrichedPageSchema).
 * It also leaves behind the reader of same-origin pages that enrichment calls (utils/enrichment).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    installSubpageReader(globalThis as unknown as Record<string, unknown>, (url, withText) =>
      readSameOriginPage(
        url,
        location,
        fetch.bind(globalThis),
        (html) => new DOMParser().parseFromString(html, 'text/html'),
        withText,
      ),
    );
    const draft = extractOrganisation(document, location.href);
    const { text } = pageText(document);
    return {
      draft,
      text,
      follow: enrichmentTargets(document, location.href, draft),
      // An article or a legal notice: its site's own presentation is read instead.
      site:
        pageKindOf(location.href, text) === 'presentation'
          ? []
          : siteTargets(document, location.href),
    };
  },
});
