import { useEffect, useState } from 'preact/hooks';
import { ActivityLog } from '@/components/ActivityLog';
import { ConversationChecklist } from '@/components/ConversationChecklist';
import { PartnerToggle } from '@/components/PartnerToggle';
import { StatusSelect } from '@/components/StatusSelect';
import { TagsInput } from '@/components/TagsInput';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import type { Prospect } from '@/utils/model/prospect';
import { lastContact } from '@/utils/storage/stale';
import { DetailFields, fieldLabel, valueText } from './DetailFields';
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
const historyKey = (kind: string) => `history_${kind}` as MessageKey;
/** A replaced value (kept as JSON) as she would have read it. */
const previousText = (field: string, json = '') => {
  try {
    return valueText(field, JSON.parse(json));
  } catch {
    return json;
  }
};

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
        {EDITABLE.map((field) => {
          const Control = field === 'description' ? 'textarea' : 'input';
          return (
            <div class="field" key={field}>
              <label for={`detail-${field}`}>{t(LABELS[field])}</label>
              <Control
                id={`detail-${field}`}
                value={org[field]?.value ?? ''}
                rows={field === 'description' ? 4 : undefined}
                onInput={(e) => setText(field, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          );
        })}
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

      <PartnerToggle prospect={draft} onChange={setDraft} />
      <ConversationChecklist prospect={draft} onChange={setDraft} />
      <ActivityLog prospect={draft} notify={notify} onLogged={setDraft} />

      <h3>{t('detailFields')}</h3>
      <DetailFields prospect={draft} />

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
            {h.field ? ` — ${fieldLabel(h.field)} : ${previousText(h.field, h.previous)}` : ''}
            {h.detail ? ` — ${h.detail}` : ''}
          </li>
        ))}
      </ol>
    </aside>
  );
}
