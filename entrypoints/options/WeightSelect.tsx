import { t, type MessageKey } from '@/utils/i18n';

const WEIGHTS: [number, MessageKey][] = [
  [1, 'weight1'],
  [2, 'weight2'],
  [3, 'weight3'],
  [4, 'weight4'],
  [5, 'weight5'],
];

/** A weight from 1 (nice to have) to 5 (essential), said in words as well as numbers. */
export function WeightSelect(props: { id: string; value: number; onChange(w: number): void }) {
  return (
    <div class="field">
      <label for={props.id}>{t('criterionWeight')}</label>
      <select
        id={props.id}
        value={String(props.value)}
        onChange={(e) => props.onChange(Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {WEIGHTS.map(([w, key]) => (
          <option key={w} value={w}>
            {t(key)}
          </option>
        ))}
      </select>
    </div>
  );
}
