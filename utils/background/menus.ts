import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { openList } from './pages';

const OPEN_LIST = 'glaneur:open-list';

/** "Open the prospect list" in the toolbar button's right-click menu. */
export function registerMenus(): void {
  const menus = browser.contextMenus;
  browser.runtime.onInstalled.addListener(() => {
    menus.removeAll(() => {
      // MV2 (Firefox) calls the toolbar button's menu "browser_action".
      const context = browser.action ? 'action' : 'browser_action';
      menus.create({ id: OPEN_LIST, title: t('menuOpenList'), contexts: [context] });
    });
  });
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === OPEN_LIST) void openList();
  });
}
