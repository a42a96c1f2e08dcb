import { useCallback, useEffect, useState } from 'preact/hooks';
import { ContactsEditor } from '@/components/ContactsEditor';
import { EnrichmentStatus } from '@/components/EnrichmentStatus';
import { OrganisationDetails } from '@/components/OrganisationDetails';
import { RegistryCard } from '@/components/RegistryCard';
import { useEnrichment } from '@/components/useEnrichment';
import { readPageInTab } from '@/utils/enrichment';
import { mergeSubpage } from '@/utils/extract/core/enrich';
import { DraftFields } from '@/components/FieldEditor';
import { TagsInput } from '@/components/TagsInput';
import { EditsForm } from '@/components/EditsForm';
import { OpenPanelButton } from '@/components/OpenPanelButton';
import {
  blankDraft,
  captureTab,
  recognisable,
  targetTab,
  type CaptureResult,
} from '@/utils/capture';
import { errorMessage } from '@/utils/error-message';
import { saveOutcome } from '@/utils/save-outcome';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { type OrganisationDraft, type SingleTextField } from '@/utils/model/organisation';
import { DEFAULT_EDITS, type Prospect, type ProspectEdits } from '@/utils/model/prospect';
import { QualificationPanel } from '@/components/QualificationPanel';
import { useQualification } from '@/components/useQualification';
import { NoticeLine, type Notice } from '@/components/NoticeLine';
import { editsOf, formatDay, savedLines } from '@/components/saved';
import { savedColumns } from '@/components/export-columns';

export function App() {
  const [capture, setCapture] = useState<CaptureResult | null>(null);
  const [draft, setDraft] = useState<OrganisationDraft | null>(null);
  const [edited, setEdited] = useState<Set<SingleTextField>>(new Set());
  const [edits, setEdits] = useState<ProspectEdits>(DEFAULT_EDITS);
  const [saved, setSaved] = useState<Prospect | null>(null);
  const [erasedAt, setErasedAt] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const { persona, qualification } = useQualification(
    draft,
    capture && capture.kind !== 'cannot-read' ? capture.text : '',
  );
  const [tabId, setTabId] = useState<number>();
  const readInTab = useCallback((url: string) => readPageInTab(tabId!, url), [tabId]);
  const enrichment = useEnrichment(
    capture && capture.kind !== 'cannot-read' ? capture.follow : undefined,
    tabId === undefined ? undefined : readInTab,
    (page) => setDraft((current) => current && mergeSubpage(current, page)),
  );

  useEffect(() => {
    void (async () => {
      const tab = await targetTab(location.search);
      const result = await captureTab(tab.id);
      setTabId(tab.id);
      const start = result.kind === 'cannot-read' ? blankDraft(tab.url) : result.draft;
      setCapture(result);
      setDraft(start);
      if (result.kind === 'cannot-read') return;
      try {
        const found = await send('prospect.lookup', { draft: start });
        if (found.prospect) showSaved(found.prospect);
        setErasedAt(found.erasedAt);
      } catch (error) {
        setNotice({ kind: 'error', text: errorMessage(error) });
      }
    })();
  }, []);

  function showSaved(prospect: Prospect) {
    setSaved(prospect);
    setEdits(editsOf(prospect));
  }

  if (!capture || !draft) {
    return (
      <main>
        <p role="status">{t('popupReading')}</p>
      </main>
    );
  }

  const setField = (field: SingleTextField, value: string) => {
    setDraft({ ...draft, [field]: { value, source: 'user', confidence: 1 } });
    setEdited(new Set(edited).add(field));
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!draft?.name?.value.trim()) {
      setNotice({ kind: 'error', text: t('errorNameRequired') });
      return;
    }
    setBusy(true);
    const startedAt = new Date().toISOString();
    try {
      const contacts = edits.contacts.filter((c) => c.name.trim() || c.email || c.phone);
      const { prospect, created } = await send('prospect.save', {
        draft,
        edits: { ...edits, contacts },
        userEdited: [...edited],
        qualification,
      });
      showSaved(prospect);
      setNotice({ kind: 'info', text: created ? t('popupSaved') : t('popupUpdated') });
    } catch (error) {
      const outcome = await saveOutcome(draft, startedAt);
      setNotice({ kind: 'error', text: `${errorMessage(error)} ${outcome}`.trim() });
    } finally {
      setBusy(false);
    }
  }

  async function exportCsv() {
    setBusy(true);
    try {
      const { filename, rows } = await send('csv.export', {
        profile: 'excel-fr',
        columns: savedColumns(),
      });
      setNotice({ kind: 'info', text: t('popupExported', rows, filename) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  const logo = draft.logo?.value;
  return (
    <main>
      <header>
        {logo && /^https?:/.test(logo) && (
          <img
            class="logo"
            src={logo}
            alt={t('logoAlt', draft.name?.value ?? '')}
            // An unreachable logo is hidden rather than shown broken.
            onError={(e) => (e.currentTarget.hidden = true)}
          />
        )}
        <h1>{draft.name?.value || t('extName')}</h1>
      </header>
      {capture.kind === 'cannot-read' && <p class="notice warn">{t('popupCannotRead')}</p>}
      {/* Enrichment or the user may fill the name in since: the warning then goes. */}
      {capture.kind === 'nothing' && !recognisable(draft) && (
        <p class="notice warn">{t('popupNothingFound')}</p>
      )}
      {saved && (
        <p class="notice saved" data-testid="already-saved">
          {savedLines(saved)[0]}
        </p>
      )}
      {erasedAt && (
        <p class="notice warn" role="alert" data-testid="erased-warning">
          {t('popupErased', formatDay(erasedAt))}
        </p>
      )}
      <form onSubmit={save}>
        <DraftFields draft={draft} edited={edited} onInput={setField} />
        <OrganisationDetails draft={draft} />
        <RegistryCard draft={draft} edited={edited} onMatch={setDraft} />
        <EnrichmentStatus state={enrichment.state} onCancel={enrichment.cancel} />
        <QualificationPanel
          persona={persona}
          qualification={qualification}
          bandOverride={edits.bandOverride}
          onBandOverride={(bandOverride) => setEdits({ ...edits, bandOverride })}
          saved={saved}
          onSaved={setSaved}
        />
        <EditsForm edits={edits} onChange={setEdits} />
        <TagsInput value={edits.tags} onChange={(tags) => setEdits({ ...edits, tags })} />
        <ContactsEditor
          value={edits.contacts}
          onChange={(contacts) => setEdits({ ...edits, contacts })}
        />
        <NoticeLine notice={notice} />
        <div class="actions">
          <button type="submit" disabled={busy}>
            {saved ? t('buttonUpdate') : t('buttonSave')}
          </button>
          <button type="button" disabled={busy} onClick={exportCsv}>
            {t('buttonExport')}
          </button>
          <OpenPanelButton disabled={busy} />
          <a href="/prospects.html" target="_blank" data-testid="open-list">
            {t('popupOpenList')}
          </a>
          <a href="/today.html" target="_blank" data-testid="open-today">
            {t('todayOpen')}
          </a>
        </div>
      </form>
    </main>
  );
}
