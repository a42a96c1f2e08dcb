import { browser } from 'wxt/browser';
import { readTab } from '../read-tab';
import type { Handlers } from '../messaging';
import { SOCIAL_HOSTS, capturedKey, observedKey } from '../social-hosts';

export const SOCIAL_SCRIPT_ID = 'glaneur-social';
const SOCIAL_SCRIPT = '/content-scripts/social.js';

type Api = Pick<typeof browser, 'permissions' | 'scripting' | 'storage' | 'tabs'>;

/** The hosts among LinkedIn and Viadeo the user has granted. */
async function grantedHosts(api: Api): Promise<string[]> {
  const granted = await Promise.all(
    SOCIAL_HOSTS.map((origin) => api.permissions.contains({ origins: [origin] })),
  );
  return SOCIAL_HOSTS.filter((_, i) => granted[i]);
}

/**
 * Register the social content script for exactly the granted hosts (none: unregistered), then
 * inject it into the tabs already showing them, so the panel follows them without a reload.
 */
export async function syncSocialScript(api: Api = browser): Promise<string[]> {
  const hosts = await grantedHosts(api);
  const [current] = await api.scripting.getRegisteredContentScripts({ ids: [SOCIAL_SCRIPT_ID] });
  const same =
    current !== undefined &&
    JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify([...hosts].sort());
  if (same) return hosts;
  if (current) await api.scripting.unregisterContentScripts({ ids: [SOCIAL_SCRIPT_ID] });
  if (hosts.length === 0) return hosts;
  await api.scripting.registerContentScripts([
    {
      id: SOCIAL_SCRIPT_ID,
      matches: hosts,
      js: [SOCIAL_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  for (const tab of await api.tabs.query({ url: hosts })) {
    if (tab.id === undefined) continue;
    // A tab still loading gets the registered script anyway; an error here is not the user's.
    await api.scripting
      .executeScript({ target: { tabId: tab.id }, files: [SOCIAL_SCRIPT] })
      .catch(() => undefined);
  }
  return hosts;
}

/** Keep what the content script saw, per tab, where the side panel reads it. */
export function socialHandlers(
  api: Pick<typeof browser, 'storage'> = browser,
): Pick<Handlers, 'social.observed'> {
  return {
    'social.observed': async (observed, sender) => {
      const tabId = sender.tab?.id;
      // Only the top frame describes the page on screen.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return {};
      await api.storage.session.set({
        [observedKey(tabId)]: { ...observed, tabId, at: Date.now() },
      });
      return {};
    },
  };
}

/**
 * The user asked for this tab by a keyboard shortcut or a context-menu entry, which grants
 * activeTab: read it for the panel (LinkedIn and Viadeo report themselves; other pages are read
 * by the extraction engine, as in the popup).
 */
export async function captureForPanel(
  tabId: number,
  api: Pick<typeof browser, 'storage'> = browser,
) {
  const result = await readTab(tabId);
  if (result.kind === 'cannot-read' || result.kind === 'social') return;
  await api.storage.session.set({
    [capturedKey(tabId)]: { draft: result.draft, text: result.text, tabId, at: Date.now() },
  });
}

/** Forget a tab's page when it loads another one or closes. */
export async function forgetTab(tabId: number, api: Pick<typeof browser, 'storage'> = browser) {
  await api.storage.session.remove([observedKey(tabId), capturedKey(tabId)]);
}
