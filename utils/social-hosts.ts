import { SITES } from './sites';

/**
 * The sites the social content script reads, once the user grants them (optional host
 * permissions in wxt.config.ts, requested by the side panel).
 */
export const SOCIAL_HOSTS = SITES.flatMap((s) => s.hosts);

/** storage.session keys the background writes for the side panel, one per tab. */
export const observedKey = (tabId: number) => `social:${tabId}`;
export const capturedKey = (tabId: number) => `capture:${tabId}`;
