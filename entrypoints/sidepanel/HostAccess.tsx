import { t } from '@/utils/i18n';
import { SOCIAL_HOSTS } from '@/utils/social-hosts';
import { useHostPermission } from '@/components/useHostPermission';

/** Why the panel asks to read LinkedIn and Viadeo, the button that asks, and the way back. */
export function HostAccess() {
  const { granted, denied, request, revoke } = useHostPermission(SOCIAL_HOSTS);
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
