/**
 * Where the popup leaves an enrichment request in the extension's isolated world of the tab
 * (scripting.executeScript with a `func`), for the extraction script injected right after.
 * A file of its own so the popup can import it without the extractors.
 */
export const ENRICH_REQUEST_KEY = '__glaneurEnrichRequest';
