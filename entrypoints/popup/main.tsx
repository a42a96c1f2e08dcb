import { readTargetTab } from '@/utils/capture-tab';
import { readPersonaStore } from '@/utils/storage/persona-store-raw';

// Read by the popup benchmark (tests/bench/popup.bench.ts).
performance.mark('glaneur.popup.entry');

// The tab and the persona store are read while the rest of the popup loads: this module imports
// nothing else.
const reading = readTargetTab(location.search);
const personas = readPersonaStore();
// The scoring code is fetched now as well: otherwise it is asked for at the first render and can
// arrive after the page has been read, holding the score back.
void import('@/utils/scoring');
void import('./boot').then(({ boot }) => boot(reading, personas));
