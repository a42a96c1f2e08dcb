import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { toolbarMenuContext } from '../toolbar';
import { openList } from './pages';

const OPEN_LIST = 'glaneur:open-list';

/** "Open the prospect list" in the toolbar button's right-click menu. */
export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({
        id: OPEN_LIST,
        title: t('menuOpenList'),
        contexts: [toolbarMenuContext()],
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === OPEN_LIST) void openList();
  });
}
