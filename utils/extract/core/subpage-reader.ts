/**
 * Where each injection of the extraction script leaves its same-origin page reader, in the
 * extension's isolated world of the tab (the page cannot see or replace it). The popup calls it
 * with scripting.executeScript and the URL as an argument, so two views enriching from the same
 * tab at once (two popups, a popup and a stale one) never take each other's page.
 * A file of its own so the popup can import it without the extractors.
 */
export const SUBPAGE_READER_KEY = '__glaneurReadSubpage';
