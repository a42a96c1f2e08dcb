import { useEffect, useState } from 'preact/hooks';
import type { Format } from '@/utils/csv/columns';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { csvCopyItem } from '@/utils/storage/local';
import { ImportWizard } from './ImportWizard';
import { attempt, type Notice } from './notice';

/** Import, backup and restore, erasure and purge, the CSV copy setting, storage persistence. */
export function Tools({
  staleCount,
  total,
  format,
  notify,
}: {
  staleCount: number;
  total: number;
  format: Format;
  notify(n: Notice): void;
}) {
  const [csvCopy, setCsvCopy] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    void csvCopyItem.read().then(setCsvCopy);
    // Ask the browser never to evict the list; unlimitedStorage already grants it in Chrome.
    void navigator.storage?.persist?.().then(setPersisted);
  }, []);

  const toggleCopy = (on: boolean) => {
    setCsvCopy(on);
    void csvCopyItem.write(on);
  };

  async function restore(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file || !confirm(t('restoreConfirm'))) return;
    const text = await file.text();
    await attempt(
      notify,
      () => send('backup.restore', { text }),
      (r) => ({
        kind: 'info',
        text: t('restoreDone', r.count),
      }),
    );
  }

  return (
    <details class="tools">
      <summary>{t('toolsTitle')}</summary>
      <ImportWizard format={format} notify={notify} />
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void attempt(
              notify,
              () => send('backup.export', {}),
              (r) => ({ kind: 'info', text: r.filename }),
            )
          }
        >
          {t('backupExport')}
        </button>
        <label class="file">
          {t('backupRestore')}
          <input type="file" accept=".json,application/json" onChange={restore} />
        </label>
        <button
          type="button"
          disabled={staleCount === 0}
          onClick={() =>
            void attempt(
              notify,
              () => send('prospect.purgeStale', {}),
              (r) => ({
                kind: 'info',
                text: t('noticeErased', r.count),
              }),
            )
          }
        >
          {t('purgeStale', staleCount)}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            if (confirm(t('eraseAllConfirm'))) {
              void attempt(
                notify,
                () => send('prospect.eraseAll', {}),
                () => ({ kind: 'info', text: t('noticeErased', total) }),
              );
            }
          }}
        >
          {t('eraseAll')}
        </button>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={csvCopy}
          onChange={(e) => toggleCopy((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('csvCopyLabel')}
      </label>
      {persisted !== null && (
        <p class="hint">{persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>
      )}
    </details>
  );
}
