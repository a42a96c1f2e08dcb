import { readTargetTab } from '@/utils/capture-tab';
import { readPersonaStore } from '@/utils/storage/persona-store-raw';

// Read by the popup benchmark (tests/bench/popup.bench.ts).
performance.mark('glaneur.popup.entry');

// The tab and the persona store are read while the rest of the popup loads: this module imports
// nothing else.
const reading = readTargetTab(location.search);
const personas = readPersonaStore();
void import('./boot').then(({ boot }) => boot(reading, personas));
