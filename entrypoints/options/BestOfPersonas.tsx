import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { bestOfItem } from '@/utils/storage/local';

/** Each prospect scored against the best of her personas; the background scores them again. */
export function BestOfPersonas() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void bestOfItem.read().then(setOn);
    return bestOfItem.watch(setOn);
  }, []);
  if (on === null) return null;
  return (
    <section aria-labelledby="best-of-heading">
      <h2 id="best-of-heading">{t('bestOfHeading')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="best-of"
          checked={on}
          onChange={(e) => void bestOfItem.write(e.currentTarget.checked)}
        />{' '}
        {t('bestOfLabel')}
      </label>
      <p>{t('bestOfHelp')}</p>
    </section>
  );
}
