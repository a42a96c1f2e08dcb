import { readTargetTab } from '@/utils/capture-tab';
import { readPersonaStore } from '@/utils/storage/persona-store-raw';

// Read by the popup benchmark (tests/bench/popup.bench.ts).
performance.mark('glaneur.popup.entry');

// The tab and the persona are read while the rest of the popup, preloaded by the page, is
// evaluated; this module imports nothing else. Evaluating it only once the extraction is on its
// way keeps the tab's id (tabs.query) from waiting behind it.
const { asked, reading } = readTargetTab(location.search);
const personas = readPersonaStore();
void asked.then(() => import('./boot')).then(({ boot }) => boot(reading, personas));
