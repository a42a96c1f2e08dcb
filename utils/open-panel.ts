import { browser } from 'wxt/browser';

type PanelApi = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Can this browser open the side panel from code (Chrome's side_panel, Firefox's sidebar)? */
export const canOpenPanel = (): boolean => {
  const api = browser as unknown as PanelApi;
  return Boolean(api.sidePanel ?? api.sidebarAction);
};

/**
 * Open the side panel. Call it first thing in a user-gesture handler: both browsers refuse it
 * once the gesture has been awaited away.
 */
export function openPanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as PanelApi;
  if (api.sidePanel && windowId !== undefined) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.resolve();
}
