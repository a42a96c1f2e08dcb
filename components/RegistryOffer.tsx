import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { REGISTRY_HOSTS } from '@/utils/registry/hosts';
import { useHostPermission } from './useHostPermission';

/**
 * The one-time offer, on the first card with a SIREN while the directory is off: the background
 * says whether it was made already (and records that it now is).
 */
export function RegistryOffer({ onOn }: { onOn(): void }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    send('registry.offer', {}).then(
      (r) => setShow(r.show),
      () => setShow(false),
    );
  }, []);
  return show ? <Offer onOn={onOn} onLater={() => setShow(false)} /> : null;
}

function Offer({ onOn, onLater }: { onOn(): void; onLater(): void }) {
  const { granted, denied, request } = useHostPermission(REGISTRY_HOSTS);
  useEffect(() => {
    if (granted) onOn();
  }, [granted]);
  if (granted !== false) return null;
  return (
    <section class="registry" aria-labelledby="registry-offer-title" data-testid="registry-offer">
      <h2 id="registry-offer-title">{t('registryCardTitle')}</h2>
      <p>{t('registryOffer')}</p>
      <p>{t('registrySent')}</p>
      <button type="button" data-testid="registry-offer-on" onClick={request}>
        {t('registryTurnOn')}
      </button>{' '}
      <button type="button" class="link" onClick={onLater}>
        {t('registryOfferLater')}
      </button>
      {denied && <p class="notice warn">{t('registryDenied')}</p>}
    </section>
  );
}
