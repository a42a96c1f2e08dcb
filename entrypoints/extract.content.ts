import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractOrganisation } from '@/utils/extract';

/**
 * Injected on demand by the popup (activeTab + scripting), never declared with `matches`:
 * WXT would turn those into mandatory host permissions. Its return value is the result of
 * scripting.executeScript.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractOrganisation(document, location.href);
  },
});
