import { useEffect, useState } from 'preact/hooks';
import { ActivityLog } from '@/components/ActivityLog';
import { StatusSelect } from '@/components/StatusSelect';
import { TagsInput } from '@/components/TagsInput';
import { COLUMNS, type ColumnId } from '@/utils/csv/columns';
import { SINGLE_FIELDS } from '@/utils/storage/merge';
import { sourceKey, t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Evidence } from '@/utils/model/evidence';
import type { Prospect } from '@/utils/model/prospect';
import { lastContact } from '@/utils/storage/stale';
import { attempt, type Notice } from './notice';

/** The fields a user edits as text in the detail view. */
const EDITABLE = ['name', 'website', 'description'] as const;
const LABELS: Record<(typeof EDITABLE)[number], MessageKey> = {
  name: 'fieldName',
  website: 'fieldWebsite',
  description: 'fieldDescription',
};

const day = (iso?: string) =>
  iso ? new Date(iso).toLocaleDateString(uiLanguage(), { dateStyle: 'medium' }) : t('detailNever');
const lang = () => (uiLanguage().startsWith('fr') ? 'fr' : 'en');
/** A field's name as the CSV columns call it, else its id (logo, rcs, naf…). */
const fieldLabel = (field: string) =>
  field in COLUMNS ? COLUMNS[field as ColumnId][lang()] : field;
const historyKey = (kind: string) => `history_${kind}` as MessageKey;
const shown = (value: unknown) =>
  typeof value === 'string'
    ? value
    : Object.values(value as object)
        .filter(Boolean)
        .join(', ');

interface Props {
  prospect: Prospect;
  notify(n: Notice): void;
  onClose(): void;
}

/** One prospect: editable essentials, every field with its source, contacts, history, sources. */
export function Detail({ prospect, notify, onClose }: Props) {
  const [draft, setDraft] = useState(prospect);
  useEffect(() => setDraft(prospect), [prospect]);
  const org = draft.organisation;

  const setText = (field: (typeof EDITABLE)[number], value: string) =>
    setDraft({
      ...draft,
      organisation: { ...org, [field]: { value, source: 'user', confidence: 1 } },
      userEdited: [...new Set([...draft.userEdited, field])],
    });

  const save = (e: Event) => {
    e.preventDefault();
    void attempt(
      notify,
      () => send('prospect.replace', { prospect: draft }),
      () => ({
        kind: 'info',
        text: t('popupUpdated'),
      }),
    );
  };
  const erase = () => {
    if (!confirm(t('eraseConfirm'))) return;
    void attempt(
      notify,
      () => send('prospect.erase', { ids: [prospect.id] }),
      (r) => {
        onClose();
        return { kind: 'info', text: t('noticeErased', r.count) };
      },
    );
  };
  const exportData = () =>
    void attempt(
      notify,
      () => send('prospect.exportOne', { id: prospect.id }),
      (r) => ({
        kind: 'info',
        text: r.filename,
      }),
    );

  return (
    <aside class="detail" aria-labelledby="detail-title" data-testid="prospect-detail">
      <header>
        <h2 id="detail-title">{org.name?.value || org.domain?.value}</h2>
        <button type="button" onClick={onClose}>
          {t('buttonClose')}
        </button>
      </header>
      <p class="dates">
        {t('detailDates', day(draft.capturedAt), day(draft.createdAt), day(lastContact(draft)))}
        {' · '}
        {t('detailLegalBasis', t(`legal_${draft.legalBasis.replaceAll('-', '_')}` as MessageKey))}
      </p>
      <form onSubmit={save}>
        {EDITABLE.map((field) => (
          <div class="field" key={field}>
            <label for={`detail-${field}`}>{t(LABELS[field])}</label>
            <input
              id={`detail-${field}`}
              value={org[field]?.value ?? ''}
              onInput={(e) => setText(field, (e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        ))}
        <StatusSelect value={draft.status} onChange={(status) => setDraft({ ...draft, status })} />
        <div class="field">
          <label for="detail-follow-up">{t('fieldFollowUp')}</label>
          <input
            id="detail-follow-up"
            type="date"
            value={draft.followUpAt ?? ''}
            onInput={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              const { followUpAt: _, ...rest } = draft;
              setDraft(value ? { ...rest, followUpAt: value } : rest);
            }}
          />
        </div>
        <TagsInput
          id="detail-tags"
          value={draft.tags}
          onChange={(tags) => setDraft({ ...draft, tags })}
        />
        <div class="field">
          <label for="detail-notes">{t('fieldNotes')}</label>
          <textarea
            id="detail-notes"
            rows={4}
            value={draft.notes}
            onInput={(e) =>
              setDraft({ ...draft, notes: (e.currentTarget as HTMLTextAreaElement).value })
            }
          />
        </div>
        <div class="actions">
          <button type="submit">{t('buttonUpdate')}</button>
          <button type="button" onClick={exportData}>
            {t('detailExportData')}
          </button>
          <button type="button" class="danger" onClick={erase}>
            {t('detailErase')}
          </button>
        </div>
      </form>

      <ActivityLog prospect={draft} notify={notify} onLogged={setDraft} />

      <h3>{t('detailFields')}</h3>
      <dl class="fields">
        {SINGLE_FIELDS.map((field) => {
          const value = org[field] as (Evidence & { value: unknown }) | undefined;
          if (!value) return null;
          return (
            <div key={field}>
              <dt>{fieldLabel(field)}</dt>
              <dd>
                {shown(value.value)}{' '}
                <small>
                  {draft.userEdited.includes(field)
                    ? t('sourceTypedByYou')
                    : t('sourceHint', t(sourceKey(value.source)))}
                </small>
              </dd>
            </div>
          );
        })}
        {(['emails', 'phones', 'socials'] as const).map((field) =>
          org[field].length ? (
            <div key={field}>
              <dt>{fieldLabel(field)}</dt>
              <dd>{org[field].map((v) => v.value).join(', ')}</dd>
            </div>
          ) : null,
        )}
      </dl>

      <h3>{t('detailContacts')}</h3>
      <ul>
        {[...draft.contacts, ...org.people.map((p) => p.value)].map((c, i) => (
          <li key={i}>
            {[c.name, c.role, 'email' in c ? c.email : undefined].filter(Boolean).join(' — ')}
          </li>
        ))}
      </ul>

      <h3>{t('detailSources')}</h3>
      <ul>
        {draft.sourceUrls.map((url) => (
          <li key={url}>
            {/^https?:\/\//.test(url) ? (
              <a href={url} target="_blank" rel="noreferrer noopener">
                {url}
              </a>
            ) : (
              url
            )}
          </li>
        ))}
      </ul>

      <h3>{t('detailHistory')}</h3>
      <ol class="history">
        {[...draft.history].reverse().map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{day(h.at)}</time> {t(historyKey(h.kind))}
            {h.status ? ` — ${t(`status_${h.status.replaceAll('-', '_')}` as MessageKey)}` : ''}
            {h.field ? ` — ${h.field}: ${h.previous ?? ''}` : ''}
            {h.detail ? ` — ${h.detail}` : ''}
          </li>
        ))}
      </ol>
    </aside>
  );
}
