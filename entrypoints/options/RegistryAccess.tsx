import { t } from '@/utils/i18n';
import { REGISTRY_HOSTS } from '@/utils/registry/hosts';
import { useHostPermission } from '@/components/useHostPermission';

/**
 * The national company directory: off until the user turns it on, which asks the browser for
 * its one origin; turning it off withdraws that permission.
 */
export function RegistryAccess() {
  const { granted, denied, request, revoke } = useHostPermission(REGISTRY_HOSTS);
  if (granted === null) return null;
  return (
    <section
      class="registry"
      aria-labelledby="registry-heading"
      data-testid="registry-access"
      data-enabled={String(granted)}
    >
      <h2 id="registry-heading">{t('registryHeading')}</h2>
      <p>{t('registryWhat')}</p>
      <p>{t('registrySent')}</p>
      <p>{t('registryWhy')}</p>
      <p class="state">{granted ? t('registryOn') : t('registryOff')}</p>
      {granted ? (
        <button type="button" data-testid="registry-off" onClick={revoke}>
          {t('registryTurnOff')}
        </button>
      ) : (
        <button type="button" data-testid="registry-on" onClick={request}>
          {t('registryTurnOn')}
        </button>
      )}
      {denied && <p class="notice warn">{t('registryDenied')}</p>}
    </section>
  );
}
