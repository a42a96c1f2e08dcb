import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractOrganisation } from '@/utils/extract';
import { pageTargets } from '@/utils/extract/core/enrich';
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
    return {
      draft,
      text: pageText(document).text,
      // `site` is read in place of this page if it is an article or a legal notice (the popup tells).
      ...pageTargets(document, location.href, draft),
    };
  },
});
