import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { SOCIAL_HOSTS } from '@/utils/social-hosts';

/** Why the panel asks to read LinkedIn and Viadeo, the button that asks, and the way back. */
export function HostAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    const check = () =>
      void browser.permissions.contains({ origins: SOCIAL_HOSTS }).then(setGranted);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  // permissions.request must run in the click itself: nothing awaited before it.
  const request = () =>
    void browser.permissions.request({ origins: SOCIAL_HOSTS }).then((ok) => {
      setGranted(ok);
      setDenied(!ok);
    });
  const revoke = () => void browser.permissions.remove({ origins: SOCIAL_HOSTS });

  if (granted === null) return null;
  return (
    <section class="access" data-testid="host-access" data-granted={String(granted)}>
      {granted ? (
        <p>
          {t('panelAccessGranted')}{' '}
          <button type="button" class="link" onClick={revoke}>
            {t('panelAccessRevoke')}
          </button>
        </p>
      ) : (
        <>
          <p>{t('panelAccessWhy')}</p>
          <button type="button" data-testid="grant" onClick={request}>
            {t('panelAccessButton')}
          </button>
          {denied && <p class="notice warn">{t('panelAccessDenied')}</p>}
        </>
      )}
    </section>
  );
}
