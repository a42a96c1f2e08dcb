import { t } from '@/utils/i18n';
import { DEFAULT_WEIGHT, type Criterion } from '@/utils/model/persona';
import { withTerm } from './accept';
import { CheckableField } from './CheckableField';
import { SuggestedTerms } from './SuggestedTerms';
import type { Learnt } from './useLearnt';
import { WeightSelect } from './WeightSelect';

interface Props {
  /** Unique prefix for the ids of this list's inputs. */
  idPrefix: string;
  legend: string;
  hint: string;
  criteria: Criterion[];
  /** Red flags may disqualify. */
  canDisqualify?: boolean;
  /** Terms found beside each criterion's matches, by criterion id. */
  suggested?: Learnt['criterionTerms'];
  onChange(criteria: Criterion[]): void;
}

export const splitTerms = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** One section of the persona: a list of criteria, each with its phrases and weight. */
export function CriterionList({
  idPrefix,
  legend,
  hint,
  criteria,
  canDisqualify,
  suggested,
  onChange,
}: Props) {
  const update = (i: number, change: Partial<Criterion>) =>
    onChange(criteria.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const add = () =>
    onChange([
      ...criteria,
      {
        id: crypto.randomUUID().slice(0, 8),
        label: '',
        terms: [],
        weight: DEFAULT_WEIGHT,
        disqualifier: false,
      },
    ]);
  return (
    <fieldset class="criteria" data-testid={`section-${idPrefix}`}>
      <legend>{legend}</legend>
      <p class="hint">{hint}</p>
      {criteria.map((c, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          <div class="criterion" key={c.id}>
            <div class="field">
              <label for={`${id}-label`}>{t('criterionLabel')}</label>
              <input
                id={`${id}-label`}
                required
                maxLength={300}
                value={c.label}
                onInput={(e) => update(i, { label: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <div class="field grow">
              <label for={`${id}-terms`}>{t('criterionTerms')}</label>
              <input
                id={`${id}-terms`}
                value={c.terms.join(', ')}
                aria-describedby={`${idPrefix}-terms-hint`}
                onChange={(e) =>
                  update(i, { terms: splitTerms((e.currentTarget as HTMLInputElement).value) })
                }
              />
            </div>
            <SuggestedTerms
              criterion={c}
              terms={suggested?.[c.id]}
              onAdd={(term) => update(i, { terms: withTerm(c, term) })}
            />
            <WeightSelect
              id={`${id}-weight`}
              value={c.weight}
              onChange={(weight) => update(i, { weight })}
            />
            {canDisqualify && (
              <div class="field check">
                <input
                  id={`${id}-disqualifier`}
                  type="checkbox"
                  checked={c.disqualifier}
                  onChange={(e) =>
                    update(i, { disqualifier: (e.currentTarget as HTMLInputElement).checked })
                  }
                />
                <label for={`${id}-disqualifier`}>{t('criterionDisqualifier')}</label>
              </div>
            )}
            <CheckableField
              id={id}
              criterion={c}
              onChange={(checkable) => update(i, { checkable })}
            />
            <button
              type="button"
              class="remove"
              aria-label={t('criterionRemoveNamed', c.label || t('criterionUnnamed'))}
              onClick={() => onChange(criteria.filter((_, j) => j !== i))}
            >
              {t('criterionRemove')}
            </button>
          </div>
        );
      })}
      <p id={`${idPrefix}-terms-hint`} class="hint">
        {t('criterionTermsHint')}
      </p>
      <button type="button" onClick={add}>
        {t('criterionAdd')}
      </button>
    </fieldset>
  );
}
