import { t } from '@/utils/i18n';
import type { Persona } from '@/utils/model/persona';
import { splitTerms } from './CriterionList';

interface Props {
  trade: Persona['trade'];
  onChange(trade: Persona['trade']): void;
}

/** Her own trade: an organisation that sells it is a peer (a competitor, or a partner). */
export function TradeField({ trade, onChange }: Props) {
  const label = trade?.label ?? '';
  const terms = trade?.terms ?? [];
  const set = (next: { label: string; terms: string[] }) =>
    onChange(next.label.trim() || next.terms.length ? next : undefined);
  return (
    <fieldset data-testid="trade">
      <legend>{t('tradeLegend')}</legend>
      <p class="hint" id="trade-hint">
        {t('tradeHint')}
      </p>
      <div class="row wrap">
        <div class="field">
          <label for="trade-label">{t('tradeLabel')}</label>
          <input
            id="trade-label"
            maxLength={300}
            value={label}
            onInput={(e) => set({ label: (e.currentTarget as HTMLInputElement).value, terms })}
          />
        </div>
        <div class="field grow">
          <label for="trade-terms">{t('tradeTerms')}</label>
          <input
            id="trade-terms"
            value={terms.join(', ')}
            aria-describedby="trade-hint"
            onChange={(e) =>
              set({ label, terms: splitTerms((e.currentTarget as HTMLInputElement).value) })
            }
          />
        </div>
      </div>
    </fieldset>
  );
}
