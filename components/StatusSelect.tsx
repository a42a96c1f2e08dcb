import { STATUSES, type Status } from '@/utils/model/prospect';
import { statusKey, t } from '@/utils/i18n';

export function StatusSelect({ value, onChange }: { value: Status; onChange(s: Status): void }) {
  return (
    <div class="field">
      <label for="status">{t('fieldStatus')}</label>
      <select
        id="status"
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Status)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
      </select>
    </div>
  );
}
