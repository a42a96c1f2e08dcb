import type { EnrichmentState } from './useEnrichment';
import { t } from '@/utils/i18n';

/** "Lecture de Mentions légales…" with a cancel button, while linked pages are read. */
export function EnrichmentStatus({
  state,
  onCancel,
}: {
  state: EnrichmentState;
  onCancel(): void;
}) {
  if (state.phase === 'running')
    return (
      <p class="notice enrich" role="status" data-testid="enrichment">
        <span>{t('enrichReading', state.label.slice(0, 80))}</span>{' '}
        <button type="button" class="link" onClick={onCancel}>
          {t('enrichCancel')}
        </button>
      </p>
    );
  if (state.phase === 'cancelled')
    return (
      <p class="notice enrich" data-testid="enrichment">
        {t('enrichCancelled')}
      </p>
    );
  if (state.phase === 'done' && state.pages > 0)
    return (
      <p class="notice enrich" data-testid="enrichment">
        {t('enrichDone', state.pages)}
      </p>
    );
  return null;
}
