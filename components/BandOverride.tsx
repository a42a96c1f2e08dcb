import { t } from '@/utils/i18n';
import { BANDS, type Band } from '@/utils/model/qualification';
import { BAND_KEYS } from './ScoreBreakdown';

/** The user's own judgement of the fit, kept beside the computed band. */
export function BandOverride({ value, onChange }: { value?: Band; onChange(b?: Band): void }) {
  return (
    <div class="field">
      <label for="band-override">{t('fieldBandOverride')}</label>
      <select
        id="band-override"
        value={value ?? ''}
        onChange={(e) =>
          onChange(((e.currentTarget as HTMLSelectElement).value || undefined) as Band)
        }
      >
        <option value="">{t('bandAsComputed')}</option>
        {BANDS.map((b) => (
          <option key={b} value={b}>
            {t(BAND_KEYS[b])}
          </option>
        ))}
      </select>
    </div>
  );
}
