import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractOrganisation } from '@/utils/extract';
import { pageText } from '@/utils/extract/page-text';

/**
 * Injected on demand by the popup (activeTab + scripting), never declared with `matches`:
 * WXT would turn those into mandatory host permissions. Its return value is the result of
 * scripting.executeScript, validated by the popup (CapturedPageSchema).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return {
      draft: extractOrganisation(document, location.href),
      text: pageText(document).text,
    };
  },
});
