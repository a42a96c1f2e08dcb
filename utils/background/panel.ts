import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { captureForPanel, forgetTab, syncSocialScript } from './social';
import { capturedKey } from '../social-hosts';
import { openPanel } from '../open-panel';
import { toolbarMenuContext } from '../toolbar';

export const PANEL_MENU_ID = 'glaneur-side-panel';
export const PANEL_COMMAND = 'show-in-side-panel';

/** The user pointed at this tab (shortcut, context menu): open the panel and read the tab. */
async function showTab(tab: { id?: number; windowId?: number } | undefined) {
  const opened = openPanel(tab?.windowId).catch(() => undefined);
  if (tab?.id !== undefined) await captureForPanel(tab.id);
  await opened;
}

/** Wire the side panel: its content script, its context-menu entry, its shortcut, tab events. */
export function setUpSidePanel(): void {
  // One sync at a time: start-up and a grant arriving together would register the script twice.
  let syncing: Promise<unknown> = Promise.resolve();
  const resync = () => {
    syncing = syncing
      .then(() => syncSocialScript())
      .catch((error: unknown) => console.error('Glaneur: social script', error));
  };
  resync();
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: PANEL_MENU_ID,
      title: t('menuShowInPanel'),
      contexts: ['page', toolbarMenuContext()],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === PANEL_MENU_ID) void showTab(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === PANEL_COMMAND) void showTab(tab);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'loading') return;
    // A new page: what activeTab let us read is gone. A LinkedIn or Viadeo page (its address is
    // visible to us once granted) will report itself; any other page has no card.
    if (tab.url === undefined) void forgetTab(tabId);
    else void browser.storage.session.remove(capturedKey(tabId));
  });
}
