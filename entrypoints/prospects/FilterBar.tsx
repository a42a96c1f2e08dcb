import { statusKey, t, type MessageKey } from '@/utils/i18n';
import { BANDS } from '@/utils/model/qualification';
import { STATUSES } from '@/utils/model/prospect';
import type { Filters } from './list-model';

/** A select whose empty choice means "any". */
function AnyOf<T extends string>({
  label,
  value,
  options,
  text = (o) => o,
  onPick,
  testId,
}: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  text?(option: T): string;
  onPick(value: T | undefined): void;
  testId?: string;
}) {
  return (
    <label>
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onPick(((e.currentTarget as HTMLSelectElement).value || undefined) as T)}
        data-testid={testId}
      >
        <option value="">{t('filterAny')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The list's search box and filters; `onChange` receives only what changed. */
export function FilterBar({
  filters,
  personas,
  tags,
  onChange,
}: {
  filters: Filters;
  personas: readonly string[];
  tags: readonly string[];
  onChange(patch: Partial<Filters>): void;
}) {
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()} role="search">
      <label>
        {t('listSearch')}
        <input
          type="search"
          value={filters.query}
          placeholder={t('listSearchPlaceholder')}
          onInput={(e) => onChange({ query: (e.currentTarget as HTMLInputElement).value })}
          data-testid="search"
        />
      </label>
      <AnyOf
        label={t('filterStatus')}
        value={filters.status}
        options={STATUSES}
        text={(s) => t(statusKey(s))}
        onPick={(status) => onChange({ status })}
        testId="filter-status"
      />
      <AnyOf
        label={t('filterBand')}
        value={filters.band}
        options={BANDS}
        text={(b) => t(`band_${b}` as MessageKey)}
        onPick={(band) => onChange({ band })}
      />
      <AnyOf
        label={t('filterPersona')}
        value={filters.persona}
        options={personas}
        onPick={(persona) => onChange({ persona })}
      />
      <AnyOf
        label={t('filterTag')}
        value={filters.tag}
        options={tags}
        onPick={(tag) => onChange({ tag })}
      />
      <label>
        {t('filterDays')}
        <input
          type="number"
          min={1}
          value={filters.days ?? ''}
          onInput={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            onChange({ days: n > 0 ? n : undefined });
          }}
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={filters.due}
          onChange={(e) => onChange({ due: (e.currentTarget as HTMLInputElement).checked })}
          data-testid="filter-due"
        />
        {t('filterDue')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={filters.stale}
          onChange={(e) => onChange({ stale: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('filterStale')}
      </label>
    </form>
  );
}
