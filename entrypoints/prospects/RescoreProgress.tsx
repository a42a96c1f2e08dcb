import { useEffect, useState } from 'preact/hooks';
import type { ColumnId } from '@/utils/csv/columns';
import { t } from '@/utils/i18n';
import type { Prospect } from '@/utils/model/prospect';
import { rescoreItem, type RescoreState } from '@/utils/storage/local';

const SCORED: ReadonlySet<ColumnId> = new Set(['band', 'score']);

/** A cell's tooltip; for the fit and the score, the persona it is against and from what. */
export function cellTitle(column: ColumnId, p: Prospect, value: string): string {
  const q = p.qualification;
  if (!q || !SCORED.has(column)) return value;
  const against = t(q.bestOf ? 'scoreBestOf' : 'scoreAgainst', q.personaName);
  const basis = q.basis === 'fields' ? ` (${t('scoreFromFields')})` : '';
  return `${value} — ${against}${basis}`;
}

/**
 * Scores computed again after a change of persona, followed live from storage.local (the
 * background saves the progress after each batch; the list reloads with the summary).
 */
export function RescoreProgress() {
  const [state, setState] = useState<RescoreState | null>(null);
  const [hiddenAt, setHiddenAt] = useState<string>();
  useEffect(() => {
    void rescoreItem.read().then(setState);
    return rescoreItem.watch(setState);
  }, []);
  if (!state?.total || hiddenAt === state.updatedAt) return null;
  const against = state.against.join(', ');
  const running = state.status === 'running';
  return (
    <section class="rescore" aria-labelledby="rescore-title" data-testid="rescore">
      <h2 id="rescore-title">{t('rescoreTitle')}</h2>
      <p role="status" aria-atomic="true" data-testid="rescore-progress" data-status={state.status}>
        {running
          ? t('rescoreRunning', against, state.done, state.total)
          : t('rescoreDone', against, state.done)}
        {state.fromFields > 0 && ` ${t('rescoreFromFields', state.fromFields)}`}
      </p>
      {running ? (
        <progress max={state.total} value={state.done} aria-labelledby="rescore-title" />
      ) : (
        <button type="button" onClick={() => setHiddenAt(state.updatedAt)}>
          {t('rescoreHide')}
        </button>
      )}
    </section>
  );
}
