import { useState } from 'preact/hooks';
import { statusKey, t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { STATUSES, type Status } from '@/utils/model/prospect';
import { parseTags } from '@/utils/text';
import { attempt, type Notice } from './notice';

/**
 * Actions on the selected prospects: status, tag, directory lookup, export, merge (exactly two), delete. Renders
 * nothing without a selection but stays mounted, so the tag being typed survives a deselection.
 */
export function BulkBar({
  ids,
  notify,
  onExport,
  onGone,
}: {
  ids: string[];
  notify(n: Notice): void;
  onExport(ids: string[]): void;
  /** The selected prospects were merged or deleted. */
  onGone(): void;
}) {
  const [tag, setTag] = useState('');
  if (ids.length === 0) return null;
  const updated = (r: { count: number }): Notice => ({
    kind: 'info',
    text: t('noticeUpdated', r.count),
  });
  return (
    <div class="bulk" role="region" aria-label={t('selectedCount', ids.length)}>
      <span>{t('selectedCount', ids.length)}</span>
      <select
        aria-label={t('bulkStatus')}
        value=""
        onChange={(e) => {
          const status = (e.currentTarget as HTMLSelectElement).value as Status | '';
          if (status)
            void attempt(
              notify,
              () => send('prospect.bulkUpdate', { ids, patch: { status } }),
              updated,
            );
        }}
      >
        <option value="">{t('bulkStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
      </select>
      <input
        aria-label={t('bulkTagPlaceholder')}
        placeholder={t('bulkTagPlaceholder')}
        value={tag}
        onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
      />
      <button
        type="button"
        disabled={parseTags(tag).length === 0}
        onClick={() =>
          void attempt(
            notify,
            () => send('prospect.bulkUpdate', { ids, patch: { addTags: parseTags(tag) } }),
            updated,
          )
        }
      >
        {t('bulkAddTag')}
      </button>
      <button
        type="button"
        onClick={() =>
          void attempt(
            notify,
            () => send('registry.queue.start', { ids }),
            ({ skipped }) => ({
              kind: skipped === ids.length ? 'error' : 'info',
              text: t('registryQueueStarted', ids.length - skipped, skipped),
            }),
          )
        }
      >
        {t('registryCheck')}
      </button>
      <button type="button" onClick={() => onExport(ids)}>
        {t('bulkExport')}
      </button>
      {ids.length === 2 && (
        <button
          type="button"
          onClick={() =>
            void attempt(
              notify,
              () => send('prospect.merge', { keepId: ids[0]!, otherId: ids[1]! }),
              (r) => {
                onGone();
                return { kind: 'info', text: t('noticeMerged'), undoId: r.undoId };
              },
            )
          }
        >
          {t('bulkMerge')}
        </button>
      )}
      <button
        type="button"
        class="danger"
        onClick={() =>
          void attempt(
            notify,
            () => send('prospect.deleteMany', { ids }),
            (r) => {
              onGone();
              return { kind: 'info', text: t('noticeDeleted', r.count), undoId: r.undoId };
            },
          )
        }
      >
        {t('bulkDelete')}
      </button>
    </div>
  );
}
