import { useState } from 'preact/hooks';
import { DraftFields } from '@/components/FieldEditor';
import { t } from '@/utils/i18n';
import { type OrganisationDraft, type SingleTextField } from '@/utils/model/organisation';
import { QualificationPanel } from '@/components/QualificationPanel';
import { useQualification } from '@/components/useQualification';
import { EditsForm } from '@/components/EditsForm';
import { savedLines } from '@/components/saved';
import { useSavedProspect } from '@/components/useSavedProspect';
import { NoticeLine } from '@/components/NoticeLine';

/** Any other site, read on the user's request (activeTab): the popup's card, in the panel. */
export function PageProspect({ initial, text }: { initial: OrganisationDraft; text: string }) {
  const [draft, setDraft] = useState(initial);
  const { persona, qualification } = useQualification(draft, text);
  const [edited, setEdited] = useState<Set<SingleTextField>>(new Set());
  const { saved, edits, setEdits, notice, setNotice, busy, save } = useSavedProspect(initial);

  function submit(e: Event) {
    e.preventDefault();
    if (!draft.name?.value.trim()) {
      setNotice({ kind: 'error', text: t('errorNameRequired') });
      return;
    }
    void save({
      draft,
      userEdited: [...edited],
      ...(qualification ? { qualification } : {}),
    });
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
      <form onSubmit={submit}>
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
