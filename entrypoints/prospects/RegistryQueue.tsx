import { useEffect, useState } from 'preact/hooks';
import { candidateLabel, REGISTRY_ERROR_KEYS } from '@/components/RegistryCard';
import { useHostPermission } from '@/components/useHostPermission';
import { t, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { REGISTRY_HOSTS } from '@/utils/registry/hosts';
import { progressOf, type QueueState } from '@/utils/registry/queue';
import { registryImportOfferItem, registryQueueItem, type LocalItem } from '@/utils/storage/local';
import { attempt, type Notice } from './notice';

const STATUS: Record<QueueState['status'], MessageKey> = {
  running: 'registryQueueRunning',
  paused: 'registryQueuePaused',
  cancelled: 'registryQueueCancelled',
  done: 'registryQueueDone',
};

interface Props {
  nameOf(id: string): string | undefined;
  notify(n: Notice): void;
}

/** An item of storage.local as it is now, kept current (the background writes it). */
function useLocal<T>(item: LocalItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.read().then(setValue);
    return item.watch(setValue);
  }, []);
  return value;
}

/** The directory in the list: the offer after an import while it is off, and the lookup. */
export function RegistryQueue(props: Props) {
  return (
    <>
      <ImportOffer notify={props.notify} />
      <QueuePanel {...props} />
    </>
  );
}

/** Prospects imported while the directory was off, offered for a lookup. */
function ImportOffer({ notify }: Pick<Props, 'notify'>) {
  const ids = useLocal(registryImportOfferItem);
  return ids?.length ? <Offer count={ids.length} notify={notify} /> : null;
}

/** One click turns the directory on (the browser asks in that click) and looks them up. */
function Offer({ count, notify }: Pick<Props, 'notify'> & { count: number }) {
  const { granted, denied, request } = useHostPermission(REGISTRY_HOSTS);
  const [accepted, setAccepted] = useState(false);
  const answer = (accept: boolean) =>
    void attempt(notify, () => send('registry.importOffer', { accept }));
  useEffect(() => {
    if (accepted && granted) answer(true);
  }, [accepted, granted]);
  if (granted === null) return null;
  const check = () => {
    setAccepted(true);
    if (!granted) request();
  };
  return (
    <section
      class="registry"
      aria-labelledby="registry-import-offer"
      data-testid="registry-import-offer"
    >
      <h2 id="registry-import-offer">{t('registryCardTitle')}</h2>
      <p>{t('registryImportOffer', count)}</p>
      {!granted && <p>{t('registrySent')}</p>}
      <button type="button" onClick={check}>
        {t('registryImportOfferCheck')}
      </button>{' '}
      <button type="button" class="link" onClick={() => answer(false)}>
        {t('registryOfferLater')}
      </button>
      {denied && <p class="notice warn">{t('registryDenied')}</p>}
    </section>
  );
}

/**
 * The whole-file lookup in the national directory, followed live from storage.local (the
 * background saves it after every answer): progress, pause/resume/cancel, then the summary with
 * the prospects whose several matches she chooses from, and those that failed and why.
 */
function QueuePanel({ nameOf, notify }: Props) {
  const state = useLocal(registryQueueItem);
  const [hiddenAt, setHiddenAt] = useState<string>();
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
