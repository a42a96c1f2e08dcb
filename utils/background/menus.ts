import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openList } from './pages';

const OPEN_LIST = 'glaneur:open-list';

/** "Open the prospect list" in the toolbar button's right-click menu. */
export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      // MV2 (Firefox) calls the toolbar button's menu "browser_action".
      const context = browser.action ? 'action' : 'browser_action';
      browser.contextMenus.create({ id: OPEN_LIST, title: t('menuOpenList'), contexts: [context] });
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === OPEN_LIST) void openList();
  });
}
