/** storage.local keys of settings that a page writes and the background reads. */

/** Keep an always-current CSV copy of the list in the Downloads folder (off by default). */
export const CSV_COPY_SETTING = 'settings:csvCopy';
