import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * Whether `origins` are granted, kept in step with grants and withdrawals made anywhere (here, or
 * in the browser's extension settings); `request` must be called in the click itself.
 */
export function useHostPermission(origins: string[]) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    const check = () => void browser.permissions.contains({ origins }).then(setGranted);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  // Nothing awaited before permissions.request: the browser needs the user's gesture.
  const request = () =>
    void browser.permissions.request({ origins }).then((ok) => {
      setGranted(ok);
      setDenied(!ok);
    });
  const revoke = () => void browser.permissions.remove({ origins });
  return { granted, denied, request, revoke };
}
