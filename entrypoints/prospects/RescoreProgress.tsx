import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { rescoreItem, type RescoreState } from '@/utils/storage/local';

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
