import { browser } from 'wxt/browser';

/** Manifest V2 (Firefox's default build) names the toolbar button browserAction, MV3 action. */
const isMv2 = () => !browser.action;

/** The toolbar button's API, whichever manifest version the build has. */
export const toolbarAction = () => (isMv2() ? browser.browserAction : browser.action);

/** The context of the toolbar button's own right-click menu. */
export const toolbarMenuContext = () => (isMv2() ? 'browser_action' : 'action');
