import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractOrganisation } from '@/utils/extract';
import { enrichmentTargets } from '@/utils/extract/core/enrich';
import { installSubpageReader, readSameOriginPage } from '@/utils/extract/core/in-page';
import { pageText } from '@/utils/extract/core/page-text';

/**
 * Injected on demand by the popup (activeTab + scripting), never declared with `matches`:
 * WXT would turn those into mandatory host permissions. Its return value is the result of
 * scripting.executeScript, validated by the popup (CapturedPageSchema, EnrichedPageSchema).
 * It also leaves behind the reader of same-origin pages that enrichment calls (utils/enrichment).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    installSubpageReader(globalThis as unknown as Record<string, unknown>, (url) =>
      readSameOriginPage(url, location, fetch.bind(globalThis), (html) =>
        new DOMParser().parseFromString(html, 'text/html'),
      ),
    );
    const draft = extractOrganisation(document, location.href);
    return {
      draft,
      text: pageText(document).text,
      follow: enrichmentTargets(document, location.href, draft),
    };
  },
});
