import { useEffect, useState } from 'preact/hooks';
import { candidateLabel, REGISTRY_ERROR_KEYS } from '@/components/RegistryCard';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { progressOf, type QueueState } from '@/utils/registry/queue';
import { registryQueueItem } from '@/utils/storage/local';
import { attempt, type Notice } from './notice';

const STATUS: Record<QueueState['status'], MessageKey> = {
  running: 'registryQueueRunning',
  paused: 'registryQueuePaused',
  cancelled: 'registryQueueCancelled',
  done: 'registryQueueDone',
};

/**
 * The whole-file lookup in the national directory, followed live from storage.local (the
 * background saves it after every answer): progress, pause/resume/cancel, then the summary with
 * the prospects whose several matches she chooses from, and those that failed and why.
 */
export function RegistryQueue({
  nameOf,
  notify,
}: {
  nameOf(id: string): string | undefined;
  notify(n: Notice): void;
}) {
  const [state, setState] = useState<QueueState | null>(null);
  const [hiddenAt, setHiddenAt] = useState<string>();
  useEffect(() => {
    void registryQueueItem.read().then(setState);
    return registryQueueItem.watch(setState);
  }, []);
  if (!state || hiddenAt === state.updatedAt) return null;

  const p = progressOf(state);
  const control = (action: 'pause' | 'resume' | 'cancel') =>
    void attempt(notify, () => send('registry.queue.control', { action }));
  const choose = (prospectId: string, siren: string) =>
    void attempt(notify, () => send('registry.queue.choose', { prospectId, siren }));
  const ambiguous = state.items.filter((i) => i.state === 'ambiguous' && i.candidates?.length);
  const failed = state.items.filter((i) => i.state === 'failed');
  const name = (id: string) => nameOf(id) ?? id;
  const over = state.status === 'done' || state.status === 'cancelled';

  return (
    <section
      class="registry-queue"
      aria-labelledby="registry-queue-title"
      data-testid="registry-queue"
    >
      <h2 id="registry-queue-title">{t('registryQueueTitle')}</h2>
      <p
        role="status"
        aria-atomic="true"
        data-testid="registry-queue-progress"
        data-status={state.status}
      >
        {t(STATUS[state.status])} {t('registryQueueProgress', p.total - p.pending, p.total)}
      </p>
      <progress max={p.total} value={p.total - p.pending} aria-labelledby="registry-queue-title" />
      <p data-testid="registry-queue-summary">
        {t('registryQueueSummary', p.found, p.ambiguous, p.notFound, p.failed)}
      </p>
      {state.status === 'running' && (
        <button type="button" onClick={() => control('pause')}>
          {t('registryQueuePause')}
        </button>
      )}
      {state.status === 'paused' && (
        <button type="button" onClick={() => control('resume')}>
          {t('registryQueueResume')}
        </button>
      )}
      {!over && (
        <button type="button" class="danger" onClick={() => control('cancel')}>
          {t('registryQueueCancel')}
        </button>
      )}
      {over && (
        <button type="button" onClick={() => setHiddenAt(state.updatedAt)}>
          {t('registryQueueHide')}
        </button>
      )}
      {ambiguous.length > 0 && state.status !== 'cancelled' && (
        <ul class="registry-choices" data-testid="registry-queue-ambiguous">
          {ambiguous.map((item) => (
            <li key={item.prospectId}>
              {t('registryQueueChooseFor', name(item.prospectId))}
              <ul class="registry-candidates">
                {item.candidates!.map((c) => (
                  <li key={c.siren}>
                    <button
                      type="button"
                      class="link"
                      onClick={() => choose(item.prospectId, c.siren)}
                    >
                      {candidateLabel(c)}
                    </button>
                    {!c.active && <small> {t('registryCeasedNoDate')}</small>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {over && failed.length > 0 && (
        <ul data-testid="registry-queue-failed">
          {failed.map((item) => (
            <li key={item.prospectId}>
              {name(item.prospectId)} — {t(REGISTRY_ERROR_KEYS[item.error ?? 'network'])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
