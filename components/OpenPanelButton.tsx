import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { canOpenPanel, openPanel } from '@/utils/open-panel';

/** The popup's way to the side panel. The window is looked up early: the click must not wait. */
export function OpenPanelButton({ disabled }: { disabled?: boolean }) {
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  if (!canOpenPanel()) return null;
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() => void openPanel(windowId).then(() => window.close())}
    >
      {t('buttonOpenPanel')}
    </button>
  );
}
