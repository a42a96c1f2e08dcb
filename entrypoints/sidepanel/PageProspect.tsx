import { useEffect, useState } from 'preact/hooks';
import { DraftFields } from '@/components/FieldEditor';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { type OrganisationDraft, type SingleTextField } from '@/utils/model/organisation';
import { DEFAULT_EDITS, type Prospect, type ProspectEdits } from '@/utils/model/prospect';
import { QualificationPanel } from '@/components/QualificationPanel';
import { useQualification } from '@/components/useQualification';
import { EditsForm } from '@/components/EditsForm';
import { editsOf, savedLines } from '@/components/saved';
import { NoticeLine, type Notice } from '@/components/NoticeLine';

/** Any other site, read on the user's request (activeTab): the popup's card, in the panel. */
export function PageProspect({ initial, text }: { initial: OrganisationDraft; text: string }) {
  const [draft, setDraft] = useState(initial);
  const { persona, qualification } = useQualification(draft, text);
  const [edited, setEdited] = useState<Set<SingleTextField>>(new Set());
  const [saved, setSaved] = useState<Prospect | null>(null);
  const [edits, setEdits] = useState<ProspectEdits>(DEFAULT_EDITS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    send('prospect.lookup', { draft: initial })
      .then(({ prospect }) => {
        setSaved(prospect);
        if (prospect) setEdits(editsOf(prospect));
      })
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
  }, [initial]);

  async function save(e: Event) {
    e.preventDefault();
    if (!draft.name?.value.trim()) {
      setNotice({ kind: 'error', text: t('errorNameRequired') });
      return;
    }
    setBusy(true);
    try {
      const { prospect, created } = await send('prospect.save', {
        draft,
        edits,
        userEdited: [...edited],
        ...(qualification ? { qualification } : {}),
      });
      setSaved(prospect);
      setNotice({ kind: 'info', text: created ? t('popupSaved') : t('popupUpdated') });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 data-testid="card-name">{draft.name?.value || t('extName')}</h1>
      <p class="notice info">{t('panelActiveTabNote')}</p>
      {saved && (
        <p class="notice saved" data-testid="already-saved">
          {savedLines(saved).join(' ')}
        </p>
      )}
      <form onSubmit={save}>
        <DraftFields
          draft={draft}
          edited={edited}
          onInput={(field, value) => {
            setDraft({ ...draft, [field]: { value, source: 'user', confidence: 1 } });
            setEdited(new Set(edited).add(field));
          }}
        />
        <QualificationPanel
          persona={persona}
          qualification={qualification}
          bandOverride={edits.bandOverride}
          onBandOverride={(bandOverride) => setEdits({ ...edits, bandOverride })}
        />
        <EditsForm edits={edits} onChange={setEdits} />
        <NoticeLine notice={notice} />
        <div class="actions">
          <button type="submit" data-testid="save" disabled={busy}>
            {saved ? t('buttonUpdate') : t('buttonSave')}
          </button>
        </div>
      </form>
    </>
  );
}
