import { useEffect, useState } from 'preact/hooks';
import { FieldEditor } from '@/components/FieldEditor';
import { FreshValues } from '@/components/FreshValues';
import { NoticeLine } from '@/components/NoticeLine';
import { OpenPanelButton } from '@/components/OpenPanelButton';
import { QualificationPanel } from '@/components/QualificationPanel';
import { ReachLine } from '@/components/ReachLine';
import { StatusSelect } from '@/components/StatusSelect';
import { formatDay, savedLines } from '@/components/saved';
import { useQualification } from '@/components/useQualification';
import { activePersona } from '@/utils/active-persona';
import { afterPaint } from '@/utils/after-paint';
import { recognisable } from '@/utils/capture';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging/send';
import { saveOutcome } from '@/utils/save-outcome';
import { useCard, type Reading } from './useCard';

type Later = typeof import('./Later');

export function App({ reading, personas }: { reading: Reading; personas: Promise<unknown> }) {
  const card = useCard(reading);
  const { capture, draft, edits, setEdits, saved, notice, setNotice } = card;
  const [busy, setBusy] = useState(false);
  const [later, setLater] = useState<Later | null>(null);
  const { persona, qualification } = useQualification(
    draft,
    capture && capture.kind !== 'cannot-read' ? capture.text : '',
    card.site,
    () => activePersona(personas),
  );
  // The folded part of the card loads once the first screen, score included, is on screen.
  const ready = capture !== null && persona.kind !== 'loading';
  useEffect(() => {
    if (ready) return afterPaint(() => import('./Later').then(setLater, () => undefined));
  }, [ready]);

  if (!capture || !draft) {
    return (
      <main>
        <p role="status">{t('popupReading')}</p>
      </main>
    );
  }

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
        userEdited: card.userEdited(),
        qualification,
      });
      card.setSaved(prospect);
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
      const { savedColumns } = await import('./Later');
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
  const name = draft.name;
  // Typing a card by hand needs every field: nothing was read to fold away.
  const unfold = capture.kind === 'cannot-read' || capture.kind === 'nothing';
  return (
    <main>
      <header>
        {logo && /^https?:/.test(logo) && (
          <img
            class="logo"
            src={logo}
            alt={t('logoAlt', name?.value ?? '')}
            // An unreachable logo is hidden rather than shown broken.
            onError={(e) => (e.currentTarget.hidden = true)}
          />
        )}
        <h1>{name?.value || t('extName')}</h1>
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
      {card.erasedAt && (
        <p class="notice warn" role="alert" data-testid="erased-warning">
          {t('popupErased', formatDay(card.erasedAt))}
        </p>
      )}
      <form onSubmit={save}>
        <div class="glance">
          <div class="glance-card">
            <FieldEditor
              id="field-name"
              label={t('fieldName')}
              value={name?.value ?? ''}
              evidence={name}
              edited={card.edited.has('name')}
              onInput={(value) => card.setField('name', value)}
            />
            <ReachLine draft={draft} />
            <StatusSelect
              value={edits.status}
              onChange={(status) => setEdits({ ...edits, status })}
            />
          </div>
          <div class="glance-score">
            <QualificationPanel
              persona={persona}
              qualification={qualification}
              bandOverride={edits.bandOverride}
              onBandOverride={(bandOverride) => setEdits({ ...edits, bandOverride })}
              saved={saved}
              onSaved={card.setSaved}
            />
          </div>
        </div>
        <FreshValues changes={card.changes} onTake={card.take} />
        <details class="more" open={unfold}>
          <summary>{t('popupMore')}</summary>
          {later && (
            <later.Later
              draft={draft}
              edited={card.edited}
              onInput={card.setField}
              onMatch={card.setDraft}
              edits={edits}
              onEdits={setEdits}
              enrichment={card.enrichment}
            />
          )}
        </details>
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
