import { injectExtraction, targetTab } from '@/utils/capture-tab';

// Read by the popup benchmark (tests/bench/popup.bench.ts).
performance.mark('glaneur.popup.entry');

// The page is read while the rest of the popup loads: this module imports nothing else.
const reading = targetTab(location.search).then(async (tab) => ({
  tab,
  raw: await injectExtraction(tab.id),
}));
void import('./boot').then(({ boot }) => boot(reading));
