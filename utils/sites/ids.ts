/**
 * Every site, one file each in this folder. The model's list of sites, alone in its module so
 * that the pages' shared bundle holds the names without the declarations (see index.ts).
 */
export const SITE_IDS = ['linkedin', 'viadeo'] as const;
export type SiteId = (typeof SITE_IDS)[number];
