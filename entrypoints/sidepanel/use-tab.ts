import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The tab the panel follows: ?tabId= when the page was opened with one (tests), else the active
 * tab of the panel's window, updated when the user switches tabs. No `tabs` permission needed.
 */
export function useFollowedTab(search: string): number | undefined {
  const given = Number(new URLSearchParams(search).get('tabId'));
  const fixed = Number.isInteger(given) && given > 0 ? given : undefined;
  const [tabId, setTabId] = useState<number | undefined>(fixed);
  useEffect(() => {
    if (fixed !== undefined) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);
  return tabId;
}
