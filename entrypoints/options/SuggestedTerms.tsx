import { t } from '@/utils/i18n';
import type { Criterion } from '@/utils/model/persona';
import { termKey } from '@/utils/scoring/learn';
import type { Learnt } from './useLearnt';

interface Props {
  criterion: Criterion;
  terms?: Learnt['terms'];
  onAdd(term: string): void;
}

/** Words found beside a criterion's matches in the saved prospects, as chips to add. */
export function SuggestedTerms({ criterion, terms, onAdd }: Props) {
  const has = new Set([criterion.label, ...criterion.terms].map(termKey));
  const shown = (terms ?? []).filter((term) => !has.has(term.key));
  if (!shown.length) return null;
  return (
    <div class="suggested-terms" data-testid="suggested-terms">
      <small>{t('learnSuggestedTerms')}</small>{' '}
      {shown.map((term) => (
        <button
          type="button"
          class="chip"
          key={term.key}
          aria-label={t('learnAddTerm', term.term)}
          title={term.quotes[0]?.quote}
          onClick={() => onAdd(term.term)}
        >
          + {term.term}
        </button>
      ))}
    </div>
  );
}
